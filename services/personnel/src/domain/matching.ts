/**
 * Mediator matching (调解员推荐), the centers' named pain point "专业调解资源难匹配": rank the mediators
 * of the pool for one case and say why, in Chinese, so a dispatcher can trust (or overrule) the list.
 *
 * Scoring (default weights, points out of 100):
 *
 * | factor      | points | rule |
 * |-------------|--------|------|
 * | specialty   | 35     | the dispute type is among the mediator's specialties (largest single factor) |
 * | language    | 20     | speaks a party language other than 普通话 (e.g. 蒙古语 → bilingual mediation); when no party language other than 普通话 is known, every candidate gets the full 20 (no penalty) |
 * | proximity   | 15     | by region-code prefix: same village 15, same town 10, same county 5, elsewhere 0; a county-center mediator counts as same county for every case of the county (the county center covers the whole county) |
 * | load        | 15     | 15 × (1 − active / capacity), capacity 8: 15 when free, 0 at capacity, negative beyond it (down to −15 at twice the capacity), so an overloaded specialist falls below a free one |
 * | gold team   | 15     | COMPLEX / DIFFICULT cases: +15 for a gold-team mediator; GENERAL or unknown complexity: 0 |
 * | gold simple | −5     | SIMPLE cases: −5 for a gold-team mediator, so the 10-person gold team is not spent on simple matters |
 *
 * The raw sum is scaled by 100 / (specialty + language + proximity + load + goldTeam), which is 1 with
 * the defaults, so overridden weights still give a 0..100 score; it is clamped to 0..100 and rounded to
 * one decimal. Ranking: score descending, then id ascending (deterministic, no locale-dependent compare).
 *
 * Decisions:
 * - Unavailable mediators (on leave) are EXCLUDED from the result, not ranked last: a recommendation
 *   list is for assigning now, and a greyed-out name at the bottom invites a wrong click.
 * - Only kind MEDIATOR is recommended by default: legal experts and psychologists are consulted, not
 *   assigned. `options.kinds` widens it.
 * - Non-specialists stay in the list (ranked low, with the reason): when no specialist exists the
 *   dispatcher still needs a name.
 */
import { badInput, DISPUTE_TYPES, type Complexity, type DisputeType } from '@zz/common';
import type { MediatorKind } from '../generated/resolvers-types';

/** The graph's `DisputeType` enum, the platform's shared vocabulary (@zz/common). */
export { DISPUTE_TYPES, type DisputeType };

export const DISPUTE_TYPE_LABELS: Readonly<Record<DisputeType, string>> = {
  MARRIAGE_FAMILY: '婚恋家庭纠纷',
  NEIGHBOUR: '邻里纠纷',
  DEBT: '债务纠纷',
  LABOUR_WAGES: '劳动争议/欠薪纠纷',
  LAND: '土地纠纷',
  TRAFFIC_ACCIDENT: '交通事故纠纷',
  MEDICAL: '医患纠纷',
  CONSUMER: '消费/退费纠纷',
  PROPERTY_MANAGEMENT: '物业纠纷',
  CONSTRUCTION_PAYMENT: '工程款纠纷',
  OTHER: '其他纠纷',
};

export type MatchComplexity = Complexity;
export type CandidateKind = MediatorKind;

export interface MatchCase {
  id: string;
  type: DisputeType;
  complexity: MatchComplexity | null;
  /** Hierarchical: county 6 digits, town 9, village 12, grid 15; a child's code = parent's + 3 digits. */
  regionCode: string;
  /** Languages of the parties where known, e.g. ['蒙古语']. */
  partyLanguages: string[];
}

export interface MatchCandidate {
  id: string;
  name: string;
  kind: CandidateKind;
  specialties: DisputeType[];
  languages: string[];
  goldTeam: boolean;
  brand: string | null;
  available: boolean;
  /** Region code of the mediator's center (county, town or village). */
  centerRegionCode: string;
  activeCaseCount: number;
}

/** Points per factor; see the table at the top of this file. */
export interface MatchWeights {
  specialty: number;
  language: number;
  /** Points for the same village; same town gets 2/3 of it, same county 1/3, elsewhere 0. */
  proximity: number;
  /** Points for no active case; linear down to 0 at capacity and to −load at twice the capacity. */
  load: number;
  /** Bonus for a gold-team mediator on a COMPLEX or DIFFICULT case. */
  goldTeam: number;
  /** Deduction for a gold-team mediator on a SIMPLE case. */
  goldOnSimple: number;
}

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  specialty: 35,
  language: 20,
  proximity: 15,
  load: 15,
  goldTeam: 15,
  goldOnSimple: 5,
});

/** Active cases a mediator can carry before the load factor turns negative. */
export const DEFAULT_LOAD_CAPACITY = 8;
export const DEFAULT_RECOMMENDATIONS = 10;
/** Same cap as the graph's list arguments. */
export const MAX_RECOMMENDATIONS = 100;

export interface Recommendation {
  mediatorId: string;
  /** 0..100, one decimal. */
  score: number;
  /** Chinese, human readable: positives and notable negatives. */
  reasons: string[];
}

export interface MatchOptions {
  /** How many to return (default 10, at most 100). */
  first?: number;
  weights?: Partial<MatchWeights>;
  loadCapacity?: number;
  /** Kinds that may be recommended (default only MEDIATOR). */
  kinds?: readonly CandidateKind[];
}

/** Names that all mean Mandarin: a party speaking only these needs no bilingual mediator. */
const MANDARIN = new Set(['普通话', '汉语', '中文', '国语']);

/** Share of the proximity points per shared level. */
const PROXIMITY_SHARE = { VILLAGE: 1, TOWN: 2 / 3, COUNTY: 1 / 3, ELSEWHERE: 0 } as const;

type SharedLevel = 'VILLAGE' | 'TOWN' | 'COUNTY' | 'ELSEWHERE';

/**
 * The deepest region both codes lie in. Codes are compared segment by segment (6 digits, then 3
 * per level), so a county-center code (6 digits) shares the county with every code below it.
 */
export function sharedRegionLevel(a: string, b: string): SharedLevel {
  const x = a.trim(), y = b.trim();
  if (x.length < 6 || y.length < 6 || x.slice(0, 6) !== y.slice(0, 6)) return 'ELSEWHERE';
  if (x.length < 9 || y.length < 9 || x.slice(0, 9) !== y.slice(0, 9)) return 'COUNTY';
  if (x.length < 12 || y.length < 12 || x.slice(0, 12) !== y.slice(0, 12)) return 'TOWN';
  return 'VILLAGE';
}

function resolveWeights(override: Partial<MatchWeights> | undefined): MatchWeights {
  const w: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS };
  for (const [key, value] of Object.entries(override ?? {}) as [keyof MatchWeights, number | undefined][]) {
    if (value === undefined) continue;
    // Weights come from configuration, not from a user: a bad one is a deployment error.
    if (!(key in DEFAULT_MATCH_WEIGHTS)) throw new RangeError(`unknown match weight "${key}"`);
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`match weight "${key}" must be a finite number ≥ 0`);
    w[key] = value;
  }
  return w;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Ranks the candidates for a case; see the file comment for the scoring. */
export function recommendMediators(c: MatchCase, candidates: MatchCandidate[], options: MatchOptions = {}): Recommendation[] {
  const first = options.first ?? DEFAULT_RECOMMENDATIONS;
  if (!Number.isInteger(first) || first < 1) throw badInput('推荐数量必须是正整数', 'first');
  const limit = Math.min(first, MAX_RECOMMENDATIONS);
  const capacity = options.loadCapacity ?? DEFAULT_LOAD_CAPACITY;
  if (!Number.isFinite(capacity) || capacity <= 0) throw new RangeError('loadCapacity must be a positive number');
  const w = resolveWeights(options.weights);
  const kinds = new Set<CandidateKind>(options.kinds ?? ['MEDIATOR']);
  const maxRaw = w.specialty + w.language + w.proximity + w.load + w.goldTeam;

  // Only languages other than Mandarin call for a bilingual mediator.
  const partyLanguages = [...new Set(c.partyLanguages.map((l) => l.trim()).filter((l) => l !== '' && !MANDARIN.has(l)))];
  const complex = c.complexity === 'COMPLEX' || c.complexity === 'DIFFICULT';
  const typeLabel = DISPUTE_TYPE_LABELS[c.type] ?? c.type;

  const scored = candidates
    .filter((m) => m.available && kinds.has(m.kind))
    .map((m) => {
      const reasons: string[] = [];
      let raw = 0;

      if (m.specialties.includes(c.type)) {
        raw += w.specialty;
        reasons.push(`擅长${typeLabel}`);
      } else {
        reasons.push(`专长不含${typeLabel}`);
      }

      if (partyLanguages.length === 0) {
        raw += w.language;
      } else {
        const spoken = partyLanguages.filter((l) => m.languages.some((ml) => ml.trim() === l));
        if (spoken.length > 0) {
          raw += w.language;
          reasons.push(`会说${spoken.join('、')}，可双语调解`);
        } else {
          reasons.push(`不会说${partyLanguages.join('、')}，需翻译协助`);
        }
      }

      const level = sharedRegionLevel(c.regionCode, m.centerRegionCode);
      raw += w.proximity * PROXIMITY_SHARE[level];
      if (level === 'VILLAGE') reasons.push('同村（距离近）');
      else if (level === 'TOWN') reasons.push('同镇（距离近）');
      else if (level === 'COUNTY') reasons.push(m.centerRegionCode.trim().length === 6 ? '县综治中心调解员，覆盖全县' : '同县其他乡镇');
      else reasons.push('不在本县，距离远');

      const active = Math.max(0, m.activeCaseCount);
      raw += w.load * Math.max(-1, 1 - active / capacity);
      if (active >= capacity) reasons.push(`在办 ${active} 件，负荷较重（已达承载上限 ${capacity} 件）`);
      else if (active >= capacity * 0.75) reasons.push(`在办 ${active} 件，负荷较重`);
      else if (active <= capacity * 0.25) reasons.push(`当前在办 ${active} 件，负荷低`);
      else reasons.push(`当前在办 ${active} 件，负荷适中`);

      if (m.goldTeam) {
        const brand = m.brand?.trim() ? `「${m.brand.trim()}」` : '';
        if (complex) {
          raw += w.goldTeam;
          reasons.push(`金牌调解员${brand}，适合复杂疑难案件`);
        } else if (c.complexity === 'SIMPLE') {
          raw -= w.goldOnSimple;
          reasons.push(`金牌调解员${brand}，简单纠纷宜由一般调解员办理`);
        } else {
          reasons.push(`金牌调解员${brand}`);
        }
      }

      const score = maxRaw > 0 ? round1(Math.min(100, Math.max(0, (raw * 100) / maxRaw))) : 0;
      return { mediatorId: m.id, score, reasons };
    });

  // Compare the rounded scores, so equal displayed scores are always ordered by id.
  scored.sort((a, b) => b.score - a.score || (a.mediatorId < b.mediatorId ? -1 : a.mediatorId > b.mediatorId ? 1 : 0));
  return scored.slice(0, limit);
}
