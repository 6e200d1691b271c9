/**
 * The demo's 三级预警 and last visits for key persons. Higher tiers are likelier for the categories the seeds
 * watch most (重点信访人员, 严重精神障碍患者); about one in four is past its visit plan, so the grid worker's
 * page and the county's list have something due.
 */
import { MALE_GIVEN, FEMALE_GIVEN, SURNAMES } from './names';
import type { Rng } from './random';

type Tier = 'RED' | 'ORANGE' | 'YELLOW';
type Kind = 'HOME_VISIT' | 'PHONE' | 'MEETING';
const EVERY: Record<Tier, number> = { RED: 7, ORANGE: 15, YELLOW: 30 };

const TIER_WEIGHTS: Record<string, readonly (readonly [Tier, number])[]> = {
  重点信访人员: [['RED', 3], ['ORANGE', 4], ['YELLOW', 3]],
  严重精神障碍患者: [['RED', 2], ['ORANGE', 4], ['YELLOW', 4]],
};
const DEFAULT_WEIGHTS: readonly (readonly [Tier, number])[] = [['RED', 1], ['ORANGE', 3], ['YELLOW', 6]];

const CADRE_POSTS = ['村党支部书记', '村委会副主任', '驻村干部', '镇综治办干部', '社区居委会主任'] as const;

const NOTES: Record<Kind, readonly string[]> = {
  HOME_VISIT: ['本人在家，情绪平稳，家属反映近期按时服药，居住环境整洁。', '入户走访，本人正在务工，与家属谈心，了解其生活困难并登记救助需求。', '围屋家访，与本人及老人拉家常，近期无上访意向，反映的宅基地问题已转村调委会。'],
  PHONE: ['电话联系本人，在外地务工，近况平稳，约定下月回乡时面谈。', '电话联系监护人，反映病情稳定，已领取本月药品。'],
  MEETING: ['约到村委会面谈，本人对调解结果基本认可，情绪较上次缓和。', '在镇综治中心约谈，讲解信访法规，本人表示按程序反映诉求。'],
};

export interface KeyPersonCareRow {
  tier: Tier;
  responsibleCadre: string;
  lastVisit: { daysAgo: number; kind: Kind; note: string; visitor: string } | null;
}

/** A person's tier, cadre and last visit (by `worker`, the grid's full-time worker), from its own random stream. */
export function keyPersonCare(rng: Rng, category: string, worker: string): KeyPersonCareRow {
  const tier = rng.weighted(TIER_WEIGHTS[category] ?? DEFAULT_WEIGHTS);
  const given = rng.int(0, 1) ? rng.pick(MALE_GIVEN) + rng.pick(MALE_GIVEN) : rng.pick(FEMALE_GIVEN) + rng.pick(FEMALE_GIVEN);
  const responsibleCadre = `${rng.pick(SURNAMES)}${given}（${rng.pick(CADRE_POSTS)}）`;
  const every = EVERY[tier];
  // One in four is past its plan (by up to a week); one in ten was registered recently and not visited yet.
  const roll = rng.int(1, 20);
  if (roll <= 2) return { tier, responsibleCadre, lastVisit: null };
  const daysAgo = roll <= 7 ? every + rng.int(1, 7) : rng.int(1, Math.max(1, every - 2));
  const kind: Kind = rng.weighted([['HOME_VISIT', 6], ['PHONE', 3], ['MEETING', 1]] as const);
  return { tier, responsibleCadre, lastVisit: { daysAgo, kind, note: rng.pick(NOTES[kind]), visitor: worker } };
}
