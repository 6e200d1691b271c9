import DataLoader from 'dataloader';
import { groupLoader, orderByKey, Scope, wellFormedIds, type BaseContext, type Config, type Identity } from '@zz/common';
import type { CaseStore } from './store/case-store';
import type { CaseEntity } from './store/entities/case.entity';
import type { ConsultationEntity } from './store/entities/consultation.entity';
import type { CaseService } from './service/case-service';
import type { CaseQueries } from './service/case-query-service';
import type { Directory } from './service/directory';
import type { ResidentService } from './service/resident-service';

export interface CasesContext extends BaseContext {
  config: Config;
  service: CaseService;
  queries: CaseQueries;
  directory: Directory;
  resident: ResidentService;
  loaders: Loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Per request: every list-of-children field and every reference is batched, so a page of N cases
 * costs one statement per field, whatever N is. Loaders return rows unscoped; resolvers apply the
 * caller's scope (a case out of scope is null, its children are never reached). Case and consultation
 * ids are matched case-insensitively (a representation may carry an upper-case id).
 */
export function createLoaders(store: CaseStore) {
  const lower = (ids: readonly string[]) => ids.map((id) => id.toLowerCase());
  return {
    caseById: new DataLoader<string, CaseEntity | null>(async (ids) =>
      orderByKey(await store.casesByIds([...new Set(wellFormedIds(lower(ids)))]), lower(ids), (c) => c.id)),
    partiesByCaseId: groupLoader((ids) => store.parties.byCaseIds(ids), (p) => p.caseId),
    assignmentsByCaseId: groupLoader((ids) => store.assignments.byCaseIds(ids), (a) => a.caseId),
    eventsByCaseId: groupLoader((ids) => store.ledger.entriesByCaseIds(ids), (e) => e.caseId),
    stepVisitsByCaseId: groupLoader((ids) => store.ledger.stepVisitsByCaseIds(ids), (v) => v.caseId),
    consultationsByCaseId: groupLoader((ids) => store.consultations.byCaseIds(ids), (c) => c.caseId),
    meetingsByCaseId: groupLoader((ids) => store.meetings.byCaseIds(ids), (m) => m.agendaCaseId),
    sessionsByCaseId: groupLoader((ids) => store.sessions.byCaseIds(ids), (s) => s.caseId),
    confirmationsByCaseId: groupLoader((ids) => store.confirmations.byCaseIds(ids), (s) => s.caseId),
    consultationById: new DataLoader<string, ConsultationEntity | null>(async (ids) =>
      orderByKey(await store.consultations.byIds(wellFormedIds(ids)), lower(ids), (c) => c.id)),
    duplicatesByCaseId: groupLoader((ids) => store.duplicates.byCaseIds(ids), (d) => d.caseId),
    mergedCasesByTargetId: groupLoader((ids) => store.casesMergedInto(ids), (c) => c.mergedIntoId ?? ''),
    activeCaseCountByMediatorId: new DataLoader<string, number>(async (ids) => {
      const counts = await store.openCaseCountsByMediator(wellFormedIds(ids));
      return ids.map((id) => counts.get(id.toLowerCase()) ?? 0);
    }),
  };
}

export function createContextFactory(deps: { config: Config; service: CaseService; queries: CaseQueries; directory: Directory; store: CaseStore; resident: ResidentService }) {
  return (identity: Identity): CasesContext => ({
    identity,
    scope: Scope.of(identity),
    config: deps.config,
    service: deps.service,
    queries: deps.queries,
    directory: deps.directory,
    resident: deps.resident,
    loaders: createLoaders(deps.store),
  });
}
