/**
 * 三级预警 — risk early warning: pure rules over a read model of cases, pointing to cases likely to
 * escalate (repeat petitions, group disputes, wage arrears before the Spring Festival …).
 *
 * | rule               | when                                                                 | level                              |
 * |--------------------|----------------------------------------------------------------------|------------------------------------|
 * | REPEAT_PARTY       | a party key of the case appears in ≥ 3 cases (this one included)     | YELLOW at 3, ORANGE at ≥ 5         |
 * |                    | received within the 30 days up to now                                |                                    |
 * | GROUP_DISPUTE      | ≥ 10 applicants                                                      | ORANGE, RED at ≥ 30                |
 * | PRE_FESTIVAL_WAGES | LABOUR_WAGES or CONSTRUCTION_PAYMENT received (local date, CST) in   | YELLOW; ORANGE if also ≥ 10        |
 * |                    | the 28 days before the Spring Festival (festival day excluded)       | applicants or amount ≥ 500 000 元  |
 * | ESCALATED_TWICE    | escalated (上行) ≥ 2 times                                           | ORANGE, RED at ≥ 3                 |
 * | REPEAT_PETITION    | channel PETITION and a party key in ≥ 2 PETITION cases (this one     | ORANGE                             |
 * |                    | included) received within the 90 days up to now                      |                                    |
 *
 * Decisions:
 * - Windows end at `now` and are inclusive ([now − N days, now]); the case itself must lie in the
 *   window, since an old case is not part of a current cluster (its newer siblings get the hit).
 *   Cases received after `now` are ignored, so a re-run for a past instant gives the same answer.
 * - A case counts once however many keys it shares; REJECTED registrations (duplicates, out of
 *   scope) are not cases and do not count.
 * - No hits for a case that is CLOSED, REJECTED or WITHDRAWN: there is nothing left to warn about.
 *   RESOLVED and REFERRED cases are still evaluated (a referred group dispute is still a risk).
 * - One hit per rule at most, at the highest level reached, in the order of the table.
 *   dedupeKey = caseId:rule:level, so a hit is raised once per case, rule and level, and a rise
 *   from YELLOW to ORANGE is raised again.
 * - Reasons never quote a party key (phone / id number): they go into letters and onto boards.
 * - Years outside the Spring Festival table give no PRE_FESTIVAL_WAGES hit; extend the table.
 */
import { enumValues, localDate } from '@zz/common';
import type { RiskLevel as SdlRiskLevel, RiskRule as SdlRiskRule } from '../generated/resolvers-types';
import type { CaseStatus, Channel, DisputeType } from './stats';

export const RISK_LEVELS = enumValues<SdlRiskLevel>()(['YELLOW', 'ORANGE', 'RED']);
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_NAMES: Readonly<Record<RiskLevel, string>> = Object.freeze({
  YELLOW: '黄色预警',
  ORANGE: '橙色预警',
  RED: '红色预警',
});

export const RISK_RULES = enumValues<SdlRiskRule>()(['REPEAT_PARTY', 'GROUP_DISPUTE', 'PRE_FESTIVAL_WAGES', 'ESCALATED_TWICE', 'REPEAT_PETITION']);
export type RiskRule = (typeof RISK_RULES)[number];

export const RISK_RULE_NAMES: Readonly<Record<RiskRule, string>> = Object.freeze({
  REPEAT_PARTY: '同一当事人反复涉事',
  GROUP_DISPUTE: '群体性纠纷',
  PRE_FESTIVAL_WAGES: '节前欠薪',
  ESCALATED_TWICE: '多次上行',
  REPEAT_PETITION: '重复信访',
});

export const RISK_THRESHOLDS = Object.freeze({
  repeatPartyWindowDays: 30,
  repeatPartyYellow: 3,
  repeatPartyOrange: 5,
  groupOrange: 10,
  groupRed: 30,
  preFestivalDays: 28,
  preFestivalAmountOrange: 500_000,
  escalatedOrange: 2,
  escalatedRed: 3,
  repeatPetitionWindowDays: 90,
  repeatPetitionOrange: 2,
});

/** 春节 (lunar new year's day), local dates. */
export const SPRING_FESTIVAL_DATES: Readonly<Record<number, string>> = Object.freeze({
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
});

export interface RiskCaseFacts {
  readonly caseId: string;
  readonly code: string;
  readonly regionCode: string;
  readonly type: DisputeType;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly applicantCount: number;
  /** Normalised phone / id number / name+region keys of the parties. */
  readonly partyKeys: readonly string[];
  readonly escalationCount: number;
  /** 元 */
  readonly amountInDispute: number | null;
  readonly status: CaseStatus;
}

export interface RiskHit {
  readonly rule: RiskRule;
  readonly level: RiskLevel;
  /** Chinese, for boards and 风险预警函. */
  readonly reason: string;
  readonly dedupeKey: string;
}

const DAY_MS = 24 * 3600_000;
const WAGE_TYPES: readonly DisputeType[] = ['LABOUR_WAGES', 'CONSTRUCTION_PAYMENT'];
const NO_WARNING_STATUSES: readonly CaseStatus[] = ['CLOSED', 'REJECTED', 'WITHDRAWN'];
const RANK: Readonly<Record<RiskLevel, number>> = { YELLOW: 1, ORANGE: 2, RED: 3 };

/**
 * The rules the case triggers now. `history` holds other cases sharing a party key with it (the
 * caller's query need not be exact: cases without a shared key, outside the windows, REJECTED or
 * repeated are filtered out here).
 */
export function evaluateRisk(subject: RiskCaseFacts, history: readonly RiskCaseFacts[], now: Date): RiskHit[] {
  if (NO_WARNING_STATUSES.includes(subject.status)) return [];
  const t = RISK_THRESHOLDS;
  const hits: RiskHit[] = [];
  const hit = (rule: RiskRule, level: RiskLevel, reason: string) =>
    hits.push({ rule, level, reason, dedupeKey: `${subject.caseId}:${rule}:${level}` });

  const repeat = maxCasesPerParty(subject, history, now, t.repeatPartyWindowDays, () => true);
  if (repeat >= t.repeatPartyYellow) {
    hit(
      'REPEAT_PARTY',
      repeat >= t.repeatPartyOrange ? 'ORANGE' : 'YELLOW',
      `同一当事人近${t.repeatPartyWindowDays}日内涉及${repeat}起矛盾纠纷（含本案）`,
    );
  }

  if (subject.applicantCount >= t.groupOrange) {
    hit('GROUP_DISPUTE', subject.applicantCount >= t.groupRed ? 'RED' : 'ORANGE', `群体性纠纷，申请人${subject.applicantCount}人`);
  }

  if (WAGE_TYPES.includes(subject.type)) {
    const festival = festivalAhead(subject.receivedAt);
    if (festival) {
      const group = subject.applicantCount >= t.groupOrange;
      const large = subject.amountInDispute !== null && subject.amountInDispute >= t.preFestivalAmountOrange;
      const what = subject.type === 'LABOUR_WAGES' ? '欠薪' : '拖欠工程款';
      const extra = [group ? `涉及${subject.applicantCount}人` : '', large ? `争议金额${formatYuan(subject.amountInDispute!)}元` : '']
        .filter(Boolean)
        .join('、');
      hit(
        'PRE_FESTIVAL_WAGES',
        group || large ? 'ORANGE' : 'YELLOW',
        `春节（${festival}）前${t.preFestivalDays / 7}周内受理的${what}纠纷${extra ? `，${extra}` : ''}`,
      );
    }
  }

  if (subject.escalationCount >= t.escalatedOrange) {
    hit('ESCALATED_TWICE', subject.escalationCount >= t.escalatedRed ? 'RED' : 'ORANGE', `已上行${subject.escalationCount}次仍未化解`);
  }

  if (subject.channel === 'PETITION') {
    const petitions = maxCasesPerParty(subject, history, now, t.repeatPetitionWindowDays, (c) => c.channel === 'PETITION');
    if (petitions >= t.repeatPetitionOrange) {
      hit('REPEAT_PETITION', 'ORANGE', `同一当事人近${t.repeatPetitionWindowDays}日内信访${petitions}次（含本次）`);
    }
  }
  return hits;
}

/** The most severe level among the hits; null for none. */
export function highestLevel(hits: readonly Pick<RiskHit, 'level'>[]): RiskLevel | null {
  let best: RiskLevel | null = null;
  for (const h of hits) if (best === null || RANK[h.level] > RANK[best]) best = h.level;
  return best;
}

/**
 * The largest number of distinct cases (the subject included) that one of the subject's party
 * keys appears in, among cases received within [now − days, now] that pass `include`; 0 when the
 * subject itself is outside the window or excluded.
 */
function maxCasesPerParty(
  subject: RiskCaseFacts,
  history: readonly RiskCaseFacts[],
  now: Date,
  days: number,
  include: (c: RiskCaseFacts) => boolean,
): number {
  const from = now.getTime() - days * DAY_MS;
  const inWindow = (c: RiskCaseFacts) =>
    c.receivedAt.getTime() >= from && c.receivedAt.getTime() <= now.getTime() && c.status !== 'REJECTED' && include(c);
  if (!inWindow(subject)) return 0;

  const casesByKey = new Map<string, Set<string>>();
  for (const key of subject.partyKeys) if (key.trim() !== '') casesByKey.set(key, new Set([subject.caseId]));
  for (const c of history) {
    if (c.caseId === subject.caseId || !inWindow(c)) continue;
    for (const key of c.partyKeys) casesByKey.get(key)?.add(c.caseId);
  }
  let max = 0;
  for (const ids of casesByKey.values()) max = Math.max(max, ids.size);
  return max;
}

/** The Spring Festival date whose pre-festival window holds this instant's local date, if any. */
function festivalAhead(receivedAt: Date): string | null {
  const received = localDate(receivedAt);
  for (const festival of Object.values(SPRING_FESTIVAL_DATES)) {
    const start = shiftDate(festival, -RISK_THRESHOLDS.preFestivalDays);
    // ISO dates compare correctly as strings.
    if (received >= start && received < festival) return festival;
  }
  return null;
}

function shiftDate(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 1234567.5 → "1,234,567.5"; by hand so the text does not depend on the runtime's ICU data. */
function formatYuan(amount: number): string {
  const [int, frac] = (Math.round(amount * 100) / 100).toString().split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}
