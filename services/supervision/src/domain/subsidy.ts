/**
 * 以案定补: mediators paid per case, at the county's rate per dispute type (`subsidy` in
 * COUNTY_POLICY_JSON; whole 元). The defaults are the demo county's.
 *
 * Decisions:
 * - A case is paid to its lead mediator (主办) once, in the month it was resolved (Beijing time); 协办
 *   mediators are paid by the case's own arrangement, not by this list. A case reopened and resolved
 *   again counts in the month of its latest resolution (its earlier payment is the finance office's
 *   business; the list shows what stands now).
 * - 办理 (handled): the mediator's cases that were in hand at some point of the month (accepted before
 *   its end, not settled before its start); 办结 (closed): those resolved in the month — the ones paid.
 * - A type the county gives no rate gets `defaultRate`.
 */
import { DISPUTE_TYPES, ValidationErrors, badInput, type DisputeType } from '@zz/common';

export interface SubsidyPolicy {
  /** 元 per resolved case, by dispute type. */
  readonly rates: Readonly<Partial<Record<DisputeType, number>>>;
  readonly defaultRate: number;
}

/** The demo county's rates (元/件): harder disputes pay more. */
export const DEFAULT_SUBSIDY_POLICY: SubsidyPolicy = Object.freeze({
  rates: Object.freeze({
    MARRIAGE_FAMILY: 150,
    NEIGHBOUR: 100,
    DEBT: 150,
    LABOUR_WAGES: 200,
    LAND: 200,
    TRAFFIC_ACCIDENT: 200,
    MEDICAL: 300,
    CONSUMER: 100,
    PROPERTY_MANAGEMENT: 100,
    CONSTRUCTION_PAYMENT: 250,
  }),
  defaultRate: 80,
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000;

/** Reads the `subsidy` section (rates merged over the defaults); errors name `subsidy.…`. */
export function parseSubsidyPolicy(raw: unknown): SubsidyPolicy {
  if (raw === undefined || raw === null) return DEFAULT_SUBSIDY_POLICY;
  if (!isRecord(raw)) throw badInput('以案定补配置必须是对象', 'subsidy');
  const errors = new ValidationErrors();
  for (const key of Object.keys(raw)) {
    if (key !== 'rates' && key !== 'defaultRate') errors.add(`subsidy.${key}`, `未知的配置项「${key}」`);
  }
  const rates: Partial<Record<DisputeType, number>> = { ...DEFAULT_SUBSIDY_POLICY.rates };
  if (raw.rates !== undefined) {
    if (!isRecord(raw.rates)) errors.add('subsidy.rates', '补贴标准必须是对象（纠纷类型 → 元/件）');
    else {
      for (const [type, value] of Object.entries(raw.rates)) {
        if (!(DISPUTE_TYPES as readonly string[]).includes(type)) errors.add(`subsidy.rates.${type}`, `未知的纠纷类型「${type}」`);
        else if (!isAmount(value)) errors.add(`subsidy.rates.${type}`, '补贴标准必须是 0–100000 的整数（元/件）');
        else rates[type as DisputeType] = value;
      }
    }
  }
  let defaultRate = DEFAULT_SUBSIDY_POLICY.defaultRate;
  if (raw.defaultRate !== undefined) {
    if (!isAmount(raw.defaultRate)) errors.add('subsidy.defaultRate', '补贴标准必须是 0–100000 的整数（元/件）');
    else defaultRate = raw.defaultRate;
  }
  errors.throwIfAny();
  return Object.freeze({ rates: Object.freeze(rates), defaultRate });
}

export function rateFor(policy: SubsidyPolicy, type: DisputeType): number {
  return policy.rates[type] ?? policy.defaultRate;
}

/** One mediator's cases of the month by type (counted by the store). */
export interface SubsidyFacts {
  readonly mediatorId: string;
  readonly type: DisputeType;
  readonly handled: number;
  readonly closed: number;
}

export interface SubsidyLine {
  readonly type: DisputeType;
  readonly handled: number;
  readonly closed: number;
  readonly rate: number;
  readonly amount: number;
}

export interface MediatorSubsidy {
  readonly mediatorId: string;
  readonly handled: number;
  readonly closed: number;
  /** 元 */
  readonly amount: number;
  readonly lines: readonly SubsidyLine[];
}

/** The monthly list: per mediator, lines per dispute type, highest amount first (then by id). */
export function subsidyReport(facts: readonly SubsidyFacts[], policy: SubsidyPolicy = DEFAULT_SUBSIDY_POLICY): MediatorSubsidy[] {
  const byMediator = new Map<string, SubsidyLine[]>();
  for (const f of facts) {
    if (f.handled === 0 && f.closed === 0) continue;
    const rate = rateFor(policy, f.type);
    const lines = byMediator.get(f.mediatorId) ?? [];
    lines.push({ type: f.type, handled: f.handled, closed: f.closed, rate, amount: rate * f.closed });
    byMediator.set(f.mediatorId, lines);
  }
  const order = (t: DisputeType) => DISPUTE_TYPES.indexOf(t);
  return [...byMediator.entries()]
    .map(([mediatorId, lines]) => {
      lines.sort((a, b) => order(a.type) - order(b.type));
      return {
        mediatorId,
        handled: lines.reduce((n, l) => n + l.handled, 0),
        closed: lines.reduce((n, l) => n + l.closed, 0),
        amount: lines.reduce((n, l) => n + l.amount, 0),
        lines,
      };
    })
    .sort((a, b) => b.amount - a.amount || (a.mediatorId < b.mediatorId ? -1 : a.mediatorId > b.mediatorId ? 1 : 0));
}

const CST_MS = 8 * 3600_000;

/** [start, end) of a month `YYYY-MM` in Beijing time; BAD_USER_INPUT naming `month`. */
export function monthRange(month: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(typeof month === 'string' ? month : '');
  const year = m ? Number(m[1]) : NaN;
  const mm = m ? Number(m[2]) : NaN;
  if (!m || year < 2000 || year > 2999 || mm < 1 || mm > 12) throw badInput('月份格式应为 YYYY-MM，如 2026-11', 'month');
  return { from: new Date(Date.UTC(year, mm - 1, 1) - CST_MS), to: new Date(Date.UTC(year, mm, 1) - CST_MS) };
}
