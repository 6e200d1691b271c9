/**
 * Recommendation for one case: candidates from the pool (DB, scoped to the caller), loads from the
 * cases subgraph (one batched call), ranking by the pure domain function. Split from the resolver so
 * the matching stories are tested against real PostgreSQL with fixture case facts and loads.
 */
import type { Scope } from '@zz/common';
import { inSightFilter } from '../domain/access';
import { candidateArea } from '../domain/regions';
import { recommendMediators, type CandidateKind, type MatchCandidate, type MatchCase } from '../domain/matching';
import type { MediatorEntity } from '../store/entities/mediator.entity';
import type { MediatorStore } from '../store/mediator-store';
import type { LoadSource } from '../peers';

export interface RankedMediator {
  mediator: MediatorEntity;
  score: number;
  reasons: string[];
}

export function toCandidate(m: MediatorEntity, activeCaseCount: number): MatchCandidate {
  return {
    id: m.id, name: m.name, kind: m.kind, specialties: m.specialties, languages: m.languages, goldTeam: m.goldTeam,
    brand: m.brand, available: m.available, centerRegionCode: m.regionCode, activeCaseCount,
  };
}

export async function rankMediatorsForCase(
  mediators: MediatorStore,
  scope: Scope,
  facts: MatchCase,
  loads: LoadSource,
  options: { first?: number; kinds?: CandidateKind[] } = {},
): Promise<RankedMediator[]> {
  const kinds = options.kinds?.length ? [...new Set(options.kinds)] : (['MEDIATOR'] as CandidateKind[]);
  const rows = await mediators.candidates(inSightFilter(scope), candidateArea(facts.regionCode), kinds);
  const counts = await loads.activeCaseCounts(rows.map((m) => m.id));
  const byId = new Map(rows.map((m) => [m.id, m]));
  const ranked = recommendMediators(facts, rows.map((m) => toCandidate(m, counts.get(m.id) ?? 0)), { first: options.first, kinds });
  return ranked.map((r) => ({ mediator: byId.get(r.mediatorId)!, score: r.score, reasons: r.reasons }));
}
