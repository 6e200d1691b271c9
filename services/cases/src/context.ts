import DataLoader from 'dataloader';
import { isUuid, Scope, type BaseContext, type Config, type Identity } from '@zz/common';
import type { CaseStore } from './store/case-store';
import type { DuplicateLink } from './store/duplicate-store';
import type { CaseEntity } from './store/entities/case.entity';
import type { PartyEntity } from './store/entities/party.entity';
import type { AssignmentEntity } from './store/entities/assignment.entity';
import type { CaseEventEntity } from './store/entities/case-event.entity';
import type { StepVisitEntity } from './store/entities/step-visit.entity';
import type { ConsultationEntity } from './store/entities/consultation.entity';
import type { CaseService } from './service/case-service';
import type { CaseQueries } from './service/case-query-service';
import type { Directory } from './service/directory';

export interface CasesContext extends BaseContext {
  config: Config;
  service: CaseService;
  queries: CaseQueries;
  directory: Directory;
  loaders: Loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Groups rows by a key, in the order of `keys` (DataLoader's contract: one result per key, in order). */
function groupBy<T>(rows: readonly T[], keys: readonly string[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}


/**
 * Per request: every list-of-children field and every reference is batched, so a page of N cases
 * costs one statement per field, whatever N is. Loaders return rows unscoped; resolvers apply the
 * caller's scope (a case out of scope is null, its children are never reached).
 */
export function createLoaders(store: CaseStore) {
  return {
    caseById: new DataLoader<string, CaseEntity | null>(async (ids) => {
      const valid = ids.map((id) => id.toLowerCase()).filter((id) => isUuid(id));
      const rows = await store.casesByIds([...new Set(valid)]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
    partiesByCaseId: new DataLoader<string, PartyEntity[]>(async (ids) => groupBy(await store.parties.byCaseIds(ids), ids, (p) => p.caseId)),
    assignmentsByCaseId: new DataLoader<string, AssignmentEntity[]>(async (ids) => groupBy(await store.assignments.byCaseIds(ids), ids, (a) => a.caseId)),
    eventsByCaseId: new DataLoader<string, CaseEventEntity[]>(async (ids) => groupBy(await store.ledger.entriesByCaseIds(ids), ids, (e) => e.caseId)),
    stepVisitsByCaseId: new DataLoader<string, StepVisitEntity[]>(async (ids) => groupBy(await store.ledger.stepVisitsByCaseIds(ids), ids, (v) => v.caseId)),
    consultationsByCaseId: new DataLoader<string, ConsultationEntity[]>(async (ids) => groupBy(await store.consultations.byCaseIds(ids), ids, (c) => c.caseId)),
    consultationById: new DataLoader<string, ConsultationEntity | null>(async (ids) => {
      const rows = await store.consultations.byIds(ids.filter((id) => isUuid(id)));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
    duplicatesByCaseId: new DataLoader<string, DuplicateLink[]>(async (ids) => groupBy(await store.duplicates.byCaseIds(ids), ids, (d) => d.caseId)),
    mergedCasesByTargetId: new DataLoader<string, CaseEntity[]>(async (ids) => groupBy(await store.casesMergedInto(ids), ids, (c) => c.mergedIntoId ?? '')),
    activeCaseCountByMediatorId: new DataLoader<string, number>(async (ids) => {
      const counts = await store.openCaseCountsByMediator(ids.filter((id) => isUuid(id)));
      return ids.map((id) => counts.get(id.toLowerCase()) ?? 0);
    }),
  };
}

export function createContextFactory(deps: { config: Config; service: CaseService; queries: CaseQueries; directory: Directory; store: CaseStore }) {
  return (identity: Identity): CasesContext => ({
    identity,
    scope: Scope.of(identity),
    config: deps.config,
    service: deps.service,
    queries: deps.queries,
    directory: deps.directory,
    loaders: createLoaders(deps.store),
  });
}
