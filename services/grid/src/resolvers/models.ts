/** Backing models of the GraphQL types that are not entities (see the `grid` mappers in codegen.ts). */
import type { Connection } from '@zz/common';
import type { GridEntity } from '../store/entities/grid.entity';
import type { GridReportEntity } from '../store/entities/grid-report.entity';
import type { PatrolTaskEntity } from '../store/entities/patrol-task.entity';
import type { KeyPersonEntity } from '../store/entities/key-person.entity';

export type GridLeaderModel = { name: string; phone: string | null };
export type GridConnectionModel = Connection<GridEntity>;
export type GridReportConnectionModel = Connection<GridReportEntity>;
export type PatrolTaskConnectionModel = Connection<PatrolTaskEntity>;
export type KeyPersonConnectionModel = Connection<KeyPersonEntity>;
