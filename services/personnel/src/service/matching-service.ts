/**
 * Recommendation for one case: the case's facts from cases and grid (asked as the caller, so a case
 * the caller cannot read is NOT_FOUND), candidates from the pool (in sight of the caller), loads from
 * the cases subgraph (one batched call), ranking by the pure domain function. `rankMediatorsForCase`
 * is separate so the matching stories are tested against real PostgreSQL with fixture facts and loads.
 */
import { authorize, isUuid, notFound, pageSize, type Scope } from '@zz/common';
import type { MediatorEntity } from '../store/entities/mediator.entity';
import type { MediatorStore } from '../store/mediator-store';
import { inSightFilter } from '../domain/access';
import { validatePartyLanguages } from '../domain/languages';
import { MAX_RECOMMENDATIONS, recommendMediators, type CandidateKind, type MatchCandidate, type MatchCase } from '../domain/matching';
import { candidateArea } from '../domain/regions';
import { type TeamMember, proposeTeam, validateTeamSize } from '../domain/team';
import type { LoadSource } from './peers';
import type { Actor, RequestState, ServiceDeps } from './request';

export interface RankedMediator {
  mediator: MediatorEntity;
  score: number;
  reasons: string[];
  /** Open cases the mediator leads or assists (from cases), as the score used it. */
  activeCaseCount: number;
}

export interface TeamInput {
  caseId: string;
  size?: number | null;
  partyLanguages?: string[] | null;
}

export interface RankedTeam {
  lead: RankedMediator | null;
  assistants: RankedMediator[];
  specialties: MediatorEntity['specialties'];
  reasons: string[];
}

export interface RecommendInput {
  caseId: string;
  first?: number | null;
  partyLanguages?: string[] | null;
  kinds?: CandidateKind[] | null;
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
  return ranked.map((r) => ({ mediator: byId.get(r.mediatorId)!, score: r.score, reasons: r.reasons, activeCaseCount: counts.get(r.mediatorId) ?? 0 }));
}

export class MatchingService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  /** 推荐团队: the whole eligible ranking, then the team rule of domain/team.ts. */
  async recommendTeam(actor: Actor, input: TeamInput): Promise<RankedTeam> {
    authorize(actor.identity, 'Query.recommendMediatorTeam');
    const size = validateTeamSize(input.size);
    const ranked = await this.rank(actor, { caseId: input.caseId, partyLanguages: input.partyLanguages, first: MAX_RECOMMENDATIONS });
    const byId = new Map(ranked.map((r) => [r.mediator.id, r]));
    const team = proposeTeam(
      ranked.map((r) => ({ mediatorId: r.mediator.id, score: r.score, reasons: r.reasons })),
      ranked.map((r) => toCandidate(r.mediator, r.activeCaseCount)), size,
    );
    const member = (m: TeamMember) => ({ ...byId.get(m.mediatorId)!, reasons: m.reasons });
    return { lead: team.lead && member(team.lead), assistants: team.assistants.map(member), specialties: team.specialties, reasons: team.reasons };
  }

  async recommend(actor: Actor, input: RecommendInput): Promise<RankedMediator[]> {
    authorize(actor.identity, 'Query.recommendMediators');
    return this.rank(actor, input);
  }

  private async rank(actor: Actor, input: RecommendInput): Promise<RankedMediator[]> {
    const { config, peers, stores } = this.deps;
    if (!isUuid(input.caseId)) throw notFound('案件不存在或不在辖区内');
    if (input.first != null) pageSize(input.first, config.limits.maxFirst);
    const partyLanguages = validatePartyLanguages(input.partyLanguages ?? []);
    const facts = await peers.caseFacts(input.caseId, actor.identity);
    if (!facts) throw notFound('案件不存在或不在辖区内');
    const region = await peers.region(facts.regionId, actor.identity);
    if (!region) throw notFound('案件所在区域不在辖区内');
    const ranked = await rankMediatorsForCase(stores.mediators, actor.scope, {
      id: facts.id, type: facts.type, complexity: facts.complexity, regionCode: region.code, partyLanguages,
    }, peers, { first: input.first ?? undefined, kinds: input.kinds ?? undefined });
    for (const r of ranked) this.req.loaders.mediatorById.prime(r.mediator.id, r.mediator);
    return ranked;
  }
}
