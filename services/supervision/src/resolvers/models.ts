/** Backing models of GraphQL types that no store row stands for (`mappers` in codegen.ts). */
import type { Measures } from '../domain/stats';

/** A federated Case reference. */
export interface CaseRef {
  id: string;
}

/** Stats.byRegion's entry: the measures of a child region (key = its code, '' = the queried region itself). */
export interface RegionStatsModel extends Measures<string> {
  /** The queried region (id and code): the entry's region when `key` is ''; its children's parent otherwise. */
  parentRegionId: string;
  parentCode: string;
}

/** A federated Department reference (departments are personnel's); null when none. */
export const departmentRef = (id: string | null) => (id ? { __typename: 'Department' as const, id } : null);
