/** Per-request context: the caller, its scope, the request's "now", and DataLoaders (no N+1 on a 100-case page). */
import DataLoader from 'dataloader';
import { Scope, type BaseContext, type Identity } from '@zz/common';
import { rowFromSnapshot } from './domain/read-model';
import type { FollowUpRow, LetterRow, RiskHitRow, SupervisionView } from './store/rows';
import type { SupervisionDeps } from './service/deps';
import { RegionLookup } from './service/regions';
import { viewOf } from './service/views';

export interface SupervisionContext extends BaseContext {
  deps: SupervisionDeps;
  /** One instant per request, from the service clock: every field of a response agrees on it. */
  now: Date;
  regions: RegionLookup;
  loaders: ReturnType<typeof createLoaders>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that are not UUIDs name nothing (and must not reach a uuid column). */
const valid = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

const group = <T>(ids: readonly string[], items: T[], keyOf: (t: T) => string): T[][] => {
  const by = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const it of items) by.get(keyOf(it))?.push(it);
  return ids.map((id) => by.get(id) ?? []);
};

function createLoaders(deps: SupervisionDeps, scope: Scope) {
  const db = deps.dataSource;
  return {
    /** The supervision view of each case in the caller's scope (null: unknown or out of scope). */
    supervision: new DataLoader<string, SupervisionView | null>(async (ids) => {
      const rows = await deps.readModel.casesByIds(db, valid(ids));
      const deadlines = await deps.readModel.deadlinesByCaseIds(db, rows.map((r) => r.caseId));
      const byId = new Map(rows.map((r) => [r.caseId, r]));
      const deadlineById = new Map(deadlines.map((d) => [d.caseId, d]));
      const missing = valid(ids).filter((id) => !byId.has(id));
      const fromLog = await deps.readModel.latestSnapshots(db, missing);
      return ids.map((id) => {
        const row = byId.get(id);
        if (row) return scope.contains(row.regionCode) ? viewOf(row, deadlineById.get(id) ?? null, true, deps.policy) : null;
        const logged = fromLog.get(id);
        if (!logged || !scope.contains(logged.snapshot.regionCode)) return null;
        return viewOf(rowFromSnapshot(logged.snapshot, null, logged.eventId, logged.occurredAt), null, false, deps.policy);
      });
    }),
    lettersByCaseId: new DataLoader<string, LetterRow[]>(async (ids) => group(ids, await deps.letters.byCaseIds(db, ids), (l) => l.caseId)),
    letterById: new DataLoader<string, LetterRow | null>(async (ids) => {
      const found = new Map((await deps.letters.byIds(db, valid(ids))).map((l) => [l.id, l]));
      return ids.map((id) => {
        const l = found.get(id);
        return l && scope.contains(l.regionCode) ? l : null;
      });
    }),
    followUpByCaseId: new DataLoader<string, FollowUpRow | null>(async (ids) => {
      const found = new Map((await deps.followUps.latestByCaseIds(db, ids)).map((f) => [f.caseId, f]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    riskHitsByCaseId: new DataLoader<string, RiskHitRow[]>(async (ids) => group(ids, await deps.risks.byCaseIds(db, ids), (h) => h.caseId)),
    riskHitById: new DataLoader<string, RiskHitRow | null>(async (ids) => {
      const found = new Map((await deps.risks.byIds(db, valid(ids))).map((h) => [h.id, h]));
      return ids.map((id) => {
        const h = found.get(id);
        return h && scope.contains(h.regionCode) ? h : null;
      });
    }),
  };
}

export function createContextFactory(deps: SupervisionDeps) {
  return (identity: Identity): SupervisionContext => {
    const scope = Scope.of(identity);
    return { identity, scope, deps, now: deps.clock(), regions: new RegionLookup(deps.internal, identity), loaders: createLoaders(deps, scope) };
  };
}
