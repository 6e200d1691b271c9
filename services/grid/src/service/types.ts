/**
 * The service layer's own vocabulary: who calls (Actor), what a use case may use (GridDeps), and the
 * inputs and results of the use cases. Resolvers map GraphQL onto these; nothing here knows GraphQL.
 */
import type { DataSource } from 'typeorm';
import type { Connection, Identity, InternalClient, Scope } from '@zz/common';
import type { Loaders, Stores } from '../context';
import type { GridEntity } from '../store/entities/grid.entity';
import type { GridReportEntity } from '../store/entities/grid-report.entity';
import type { KeyPersonEntity } from '../store/entities/key-person.entity';
import type { PatrolTaskEntity } from '../store/entities/patrol-task.entity';
import type { GridFieldsInput, KeyPersonFieldsInput, WorkerFieldsInput } from '../domain/grid-input';
import type { IdentifierInput } from '../domain/key-person-risk';
import type { CareFieldsInput, VisitInput } from '../domain/key-person-care';

/** The caller of a use case: its identity (roles) and jurisdiction. */
export interface Actor {
  identity: Identity;
  scope: Scope;
}

/** What the use cases of one request work with. */
export interface GridDeps {
  dataSource: DataSource;
  stores: Stores;
  /** Per request: batching within it, no cache shared across callers. */
  loaders: Loaders;
  internal: InternalClient;
  /** The largest `first` a list accepts. */
  maxFirst: number;
  /** The request's clock (one instant per request, so `overdue` agrees across fields of one response). */
  now: Date;
}

export interface PageInput {
  first?: number | null;
  after?: string | null;
}

export interface RegionListInput {
  level?: string | null;
  parentId?: string | null;
}

export interface GridListInput extends PageInput {
  regionId?: string | null;
}

/** A list narrowed by region and/or grid (both within the caller's jurisdiction). */
export interface PlaceFilter {
  regionId?: string | null;
  gridId?: string | null;
}

export interface ReportListInput extends PageInput, PlaceFilter {
  status?: string | null;
}

export interface PatrolListInput extends PageInput, PlaceFilter {
  status?: string | null;
  overdue?: boolean | null;
}

export interface KeyPersonListInput extends PageInput, PlaceFilter {
  category?: string | null;
  tier?: string | null;
  /** Only those whose visit is overdue (走访到期). */
  visitDue?: boolean | null;
}

export interface RecordVisitInput extends VisitInput {
  keyPersonId: string;
}

export type GridReportsInput = Omit<ReportListInput, keyof PlaceFilter>;
export type GridPatrolsInput = Omit<PatrolListInput, keyof PlaceFilter>;
export type GridKeyPersonsInput = Omit<KeyPersonListInput, keyof PlaceFilter>;

export interface CreateGridInput extends GridFieldsInput {
  villageRegionId: string;
}

export interface AddWorkerInput extends WorkerFieldsInput {
  gridId: string;
}

export interface UpdateWorkerInput extends WorkerFieldsInput {
  gridId?: string | null;
}

export interface AddKeyPersonInput extends KeyPersonFieldsInput, CareFieldsInput, IdentifierInput {
  gridId: string;
}

export type GridPage = Connection<GridEntity>;
export type GridReportPage = Connection<GridReportEntity>;
export type PatrolTaskPage = Connection<PatrolTaskEntity>;
export type KeyPersonPage = Connection<KeyPersonEntity>;
