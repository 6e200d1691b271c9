/** Per-request context: the caller as the services' Actor, and DataLoaders over the services (no N+1 on a 100-case page). */
import DataLoader from 'dataloader';
import { groupLoader, Scope, type BaseContext, type Identity } from '@zz/common';
import type { SupervisionView } from './domain/supervision-view';
import type { Actor } from './service/actor';
import type { SupervisionDeps } from './service/deps';
import { RegionLookup } from './service/regions';
import type { SupervisionServices } from './service/services';
import type { LoggedSnapshot } from './store/event-log-store';
import type { FollowUpRow, LetterRow, RiskHitRow } from './store/rows';

export interface SupervisionContext extends BaseContext, Actor {
  services: SupervisionServices;
  loaders: ReturnType<typeof createLoaders>;
  /**
   * Case snapshots this request already read from the log (a dispatch payload's event carries one):
   * a case the read model does not hold yet is shown from these instead of reading the log again.
   */
  snapshots: Map<string, LoggedSnapshot>;
}

function createLoaders(services: SupervisionServices, actor: Actor, snapshots: ReadonlyMap<string, LoggedSnapshot>) {
  return {
    /** The supervision view of each case in the caller's scope (null: unknown or out of scope). */
    supervision: new DataLoader<string, SupervisionView | null>((ids) => services.deadlines.views(actor, ids, snapshots)),
    lettersByCaseId: groupLoader((ids) => services.letters.byCaseIds(ids), (l) => l.caseId),
    letterById: new DataLoader<string, LetterRow | null>((ids) => services.letters.visibleByIds(actor, ids)),
    followUpByCaseId: new DataLoader<string, FollowUpRow | null>((ids) => services.followUps.latestByCaseIds(ids)),
    riskHitsByCaseId: groupLoader((ids) => services.risks.byCaseIds(ids), (h) => h.caseId),
    riskHitById: new DataLoader<string, RiskHitRow | null>((ids) => services.risks.visibleByIds(actor, ids)),
  };
}

export function createContextFactory(deps: SupervisionDeps, services: SupervisionServices) {
  return (identity: Identity): SupervisionContext => {
    const actor: Actor = { identity, scope: Scope.of(identity), now: deps.clock(), regions: new RegionLookup(deps.internal, identity) };
    const snapshots = new Map<string, LoggedSnapshot>();
    return { ...actor, services, loaders: createLoaders(services, actor, snapshots), snapshots };
  };
}
