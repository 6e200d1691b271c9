/**
 * 调解团队推荐 (recommendMediatorTeam): a lead (主办) and assistants (协办) for one case, for joint or
 * several-mediator mediation (one story: two mediators settled ten workers' unpaid wages together).
 *
 * Rule, on top of the single-mediator ranking (matching.ts, same scores and reasons):
 * - Only mediators below their load capacity (8 active cases, LEAD or ASSIST both count) are
 *   proposed: a team must not push anyone past it. An overloaded specialist is left out, not ranked last.
 * - The lead is the best-ranked of them.
 * - Each next member is chosen greedily by score plus a complement bonus: +10 when the candidate
 *   brings a dispute-type specialty the team does not cover yet, +5 when it brings a language the
 *   team does not speak yet. So the second member is the best one who adds something (a labour
 *   specialist beside a construction-payment one), unless a plain better score outweighs it.
 * - Size 2–5 (default 2); fewer members when the pool has fewer eligible mediators. The team's
 *   reasons say what each assistant adds.
 */
import { badInput } from '@zz/common';
import { DEFAULT_LOAD_CAPACITY, DISPUTE_TYPE_LABELS, type DisputeType, type MatchCandidate, type Recommendation } from './matching';

export const TEAM_SIZE = { min: 2, max: 5, default: 2 } as const;
export const COMPLEMENT_BONUS = { specialty: 10, language: 5 } as const;

export interface TeamMember extends Recommendation {
  role: 'LEAD' | 'ASSIST';
}

export interface TeamProposal {
  lead: TeamMember | null;
  assistants: TeamMember[];
  /** Dispute types the team covers together. */
  specialties: DisputeType[];
  reasons: string[];
}

export function validateTeamSize(size: number | null | undefined): number {
  if (size === null || size === undefined) return TEAM_SIZE.default;
  if (!Number.isInteger(size) || size < TEAM_SIZE.min || size > TEAM_SIZE.max) {
    throw badInput(`团队人数应为 ${TEAM_SIZE.min}–${TEAM_SIZE.max} 人`, 'size');
  }
  return size;
}

/**
 * `ranked`: the single-mediator ranking (best first); `candidates`: their facts (specialties,
 * languages, load). Pure: the same inputs give the same team.
 */
export function proposeTeam(ranked: readonly Recommendation[], candidates: readonly MatchCandidate[], size: number, capacity = DEFAULT_LOAD_CAPACITY): TeamProposal {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const pool = ranked.filter((r) => {
    const c = byId.get(r.mediatorId);
    return c && c.activeCaseCount < capacity;
  });
  const reasons: string[] = [];
  if (pool.length < ranked.length) reasons.push(`${ranked.length - pool.length} 名调解员在办案件已达上限（${capacity} 件），未列入团队`);
  if (!pool.length) return { lead: null, assistants: [], specialties: [], reasons: [...reasons, '没有可组队的调解员'] };

  const [first, ...rest] = pool;
  const team: TeamMember[] = [{ ...first, role: 'LEAD' }];
  const covered = new Set<DisputeType>(byId.get(first.mediatorId)!.specialties);
  const spoken = new Set<string>(byId.get(first.mediatorId)!.languages);
  const remaining = [...rest];
  while (team.length < size && remaining.length) {
    let best = 0, bestValue = -Infinity, bestAdds: { types: DisputeType[]; languages: string[] } = { types: [], languages: [] };
    remaining.forEach((r, i) => {
      const c = byId.get(r.mediatorId)!;
      const types = c.specialties.filter((t) => !covered.has(t));
      const languages = c.languages.filter((l) => !spoken.has(l));
      const value = r.score + (types.length ? COMPLEMENT_BONUS.specialty : 0) + (languages.length ? COMPLEMENT_BONUS.language : 0);
      // Ties keep the ranking's order (score, then id), so the result is deterministic.
      if (value > bestValue) [best, bestValue, bestAdds] = [i, value, { types, languages }];
    });
    const [pick] = remaining.splice(best, 1);
    const c = byId.get(pick.mediatorId)!;
    const adds = [
      ...(bestAdds.types.length ? [`补充擅长：${bestAdds.types.map((t) => DISPUTE_TYPE_LABELS[t] ?? t).join('、')}`] : []),
      ...(bestAdds.languages.length ? [`补充语言：${bestAdds.languages.join('、')}`] : []),
    ];
    team.push({ ...pick, role: 'ASSIST', reasons: [...adds, ...pick.reasons] });
    reasons.push(`${c.name}协办${adds.length ? `（${adds.join('；')}）` : '（评分次高）'}`);
    c.specialties.forEach((t) => covered.add(t));
    c.languages.forEach((l) => spoken.add(l));
  }
  if (team.length < size) reasons.push(`可组队的调解员只有 ${team.length} 名`);
  return { lead: team[0], assistants: team.slice(1), specialties: [...covered], reasons: [`${byId.get(first.mediatorId)!.name}主办（评分最高）`, ...reasons] };
}
