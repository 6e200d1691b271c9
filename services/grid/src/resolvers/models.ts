/** Backing models of the GraphQL types that are not entities (see the `grid` mappers in codegen.ts). */
import type { GridPage, GridReportPage, KeyPersonPage, PatrolTaskPage } from '../service/types';

export type GridLeaderModel = { name: string; phone: string | null };
export type GridConnectionModel = GridPage;
export type GridReportConnectionModel = GridReportPage;
export type PatrolTaskConnectionModel = PatrolTaskPage;
export type KeyPersonConnectionModel = KeyPersonPage;

/** Supervision's risk warning as grid holds it: the reference alone (grid adds `keyPersons`). */
export interface RiskWarningRefModel {
  id: string;
}
