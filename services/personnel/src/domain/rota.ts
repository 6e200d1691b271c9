/**
 * Stationing, windows and the monthly rota ("8+14+N"): what an input may say, what the database's
 * refusals mean to the person planning, and who is on duty on a day. Pure: no GraphQL, no TypeORM.
 *
 * Decisions:
 * - A rota month is a calendar month at the center (China Standard Time). Months already over are
 *   history and cannot be replanned; planning reaches at most 12 months ahead.
 * - Every rota entry names at least one person (the seeds speak of named staff at every window) and
 *   at most 10. They are the department's stationed staff, of this center or another (a county bureau's
 *   officer may rotate to a town center), and in one place a month.
 * - The database keeps the rota conflict-free (see migration 1766300001010-Rota); `rotaRefusal` turns
 *   its refusals into the field the planner has to change.
 * - On duty on a day: RESIDENT and CONTRACTED departments (their staff, their fixed windows), the
 *   month's rota (its named staff, its window), and ON_CALL departments (their contact person).
 *   A rotating department without a rota entry that month is not on duty.
 */
import { DomainError, ValidationErrors, badInput } from '@zz/common';
import { localMonth } from './days';

export type Mode = 'RESIDENT' | 'ROTATING' | 'ON_CALL' | 'CONTRACTED';
export type WindowKind = 'INTAKE' | 'FIXED' | 'ROTATING';

export const MAX_ROTA_STAFF = 10;
export const MAX_WINDOW_NUMBER = 99;
export const MAX_STAFF_COUNT = 50;
export const MAX_LABEL_LENGTH = 40;
const CST_OFFSET_MS = 8 * 3600_000;
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export interface YearMonth {
  year: number;
  month: number;
}

/** The year and month of an instant at the center. */
export function localYearMonth(at: Date): YearMonth {
  return { year: new Date(at.getTime() + CST_OFFSET_MS).getUTCFullYear(), month: localMonth(at) };
}

const monthIndex = (ym: YearMonth) => ym.year * 12 + (ym.month - 1);

// ── windows ─────────────────────────────────────────────────────────────────────────────────

export interface WindowInput {
  number: number;
  kind: WindowKind;
  departmentId?: string | null;
  label?: string | null;
}

export interface NormalisedWindow {
  number: number;
  kind: WindowKind;
  departmentId: string | null;
  /** Null: the service names it (a FIXED window after its department). */
  label: string | null;
}

export function validateWindow(input: WindowInput): NormalisedWindow {
  const errors = new ValidationErrors();
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > MAX_WINDOW_NUMBER) {
    errors.add('input.number', `窗口号须为 1–${MAX_WINDOW_NUMBER} 的整数`);
  }
  const departmentId = input.departmentId?.trim() || null;
  if (input.kind === 'FIXED' && !departmentId) errors.add('input.departmentId', '固定窗口须指定入驻部门');
  if (input.kind !== 'FIXED' && departmentId) errors.add('input.departmentId', '只有固定窗口指定部门；轮驻窗口由每月轮驻安排决定');
  const label = input.label?.trim() || null;
  if (label && [...label].length > MAX_LABEL_LENGTH) errors.add('input.label', `窗口名称不能超过 ${MAX_LABEL_LENGTH} 字`);
  errors.throwIfAny();
  return { number: input.number, kind: input.kind, departmentId, label };
}

export function defaultWindowLabel(kind: WindowKind, number: number, departmentName: string | null): string {
  if (kind === 'FIXED') return `${departmentName ?? '部门'}窗口`;
  return kind === 'INTAKE' ? `综合受理窗口${number}` : `轮驻窗口${number}`;
}

// ── stationing ──────────────────────────────────────────────────────────────────────────────

export interface StationingInput {
  mode: Mode;
  staffCount: number;
  months?: readonly number[] | null;
  contactStaffId?: string | null;
}

export interface NormalisedStationing {
  mode: Mode;
  staffCount: number;
  months: number[];
  contactStaffId: string | null;
}

/**
 * `months` is the annual plan of a ROTATING department (the months it usually sits; the rota of a
 * year says which window and who). Other modes sit all year: a plan given for them is refused rather
 * than silently dropped.
 */
export function validateStationing(input: StationingInput): NormalisedStationing {
  const errors = new ValidationErrors();
  if (!Number.isInteger(input.staffCount) || input.staffCount < 0 || input.staffCount > MAX_STAFF_COUNT) {
    errors.add('input.staffCount', `入驻人数须为 0–${MAX_STAFF_COUNT}`);
  }
  let months = ALL_MONTHS;
  if (input.mode === 'ROTATING') {
    const given = input.months ?? [];
    given.forEach((m, k) => {
      if (!Number.isInteger(m) || m < 1 || m > 12) errors.add(`input.months.${k}`, '月份须为 1–12');
      else if (given.indexOf(m) !== k) errors.add(`input.months.${k}`, '月份重复');
    });
    if (!given.length) errors.add('input.months', '轮驻部门须有年度轮驻月份');
    months = [...new Set(given)].sort((a, b) => a - b);
  } else if (input.months && !(input.months.length === 12 && ALL_MONTHS.every((m) => input.months!.includes(m)))) {
    errors.add('input.months', '只有轮驻部门按月份入驻；常驻、随驻、聘驻为全年');
  }
  const contactStaffId = input.contactStaffId?.trim() || null;
  if (input.mode === 'ON_CALL' && !contactStaffId) errors.add('input.contactStaffId', '随驻部门须指定联系人');
  errors.throwIfAny();
  return { mode: input.mode, staffCount: input.staffCount, months, contactStaffId };
}

// ── rota ────────────────────────────────────────────────────────────────────────────────────

export interface RotaInput {
  year: number;
  month: number;
  windowNumber: number;
  departmentId: string;
  staffIds: readonly string[];
}

export type NormalisedRota = RotaInput & { staffIds: string[] };

export function validateRota(input: RotaInput, now: Date): NormalisedRota {
  const errors = new ValidationErrors();
  const yearOk = Number.isInteger(input.year) && input.year >= 2000 && input.year <= 2100;
  const monthOk = Number.isInteger(input.month) && input.month >= 1 && input.month <= 12;
  if (!yearOk) errors.add('input.year', '年份须为 2000–2100');
  if (!monthOk) errors.add('input.month', '月份须为 1–12');
  if (yearOk && monthOk) {
    const current = monthIndex(localYearMonth(now));
    const asked = monthIndex(input);
    if (asked < current) errors.add('input.month', '该月已过去，轮驻安排不能再修改');
    else if (asked > current + 12) errors.add('input.year', '轮驻安排最多提前 12 个月');
  }
  if (!Number.isInteger(input.windowNumber) || input.windowNumber < 1 || input.windowNumber > MAX_WINDOW_NUMBER) {
    errors.add('input.windowNumber', `窗口号须为 1–${MAX_WINDOW_NUMBER} 的整数`);
  }
  if (!input.departmentId?.trim()) errors.add('input.departmentId', '请选择轮驻部门');
  const staffIds = input.staffIds.map((s) => s.trim());
  if (!staffIds.length) errors.add('input.staffIds', '请指定轮驻人员');
  if (staffIds.length > MAX_ROTA_STAFF) errors.add('input.staffIds', `每个窗口每月最多 ${MAX_ROTA_STAFF} 名轮驻人员`);
  staffIds.forEach((s, k) => {
    if (staffIds.indexOf(s) !== k) errors.add(`input.staffIds.${k}`, '人员重复');
  });
  errors.throwIfAny();
  return { ...input, departmentId: input.departmentId.trim(), staffIds };
}

/** What the database said when it refused a rota change: the constraint, and the key it reported. */
export interface Refusal {
  constraint: string | undefined;
  detail: string | undefined;
}

/**
 * The planner's view of a refusal: CONFLICT when the month is taken (window, department or person
 * already placed), BAD_USER_INPUT when the input names the wrong kind of thing. Null: not a rota
 * constraint (the caller rethrows).
 */
export function rotaRefusal(r: Refusal, staffIds: readonly string[]): DomainError | null {
  const staffField = () => {
    const k = staffIds.findIndex((id) => r.detail?.includes(id));
    return k >= 0 ? `input.staffIds.${k}` : 'input.staffIds';
  };
  switch (r.constraint) {
    case 'rota_one_department_per_window':
      return new DomainError('CONFLICT', '该窗口本月已安排其他部门轮驻', 'input.windowNumber');
    case 'rota_one_window_per_department':
      return new DomainError('CONFLICT', '该部门本月已在其他窗口轮驻', 'input.departmentId');
    case 'rota_staff_one_place_per_month':
      return new DomainError('CONFLICT', '该人员本月已安排在其他窗口或中心', staffField());
    case 'rota_rotating_window':
      return badInput('该窗口不是本中心的轮驻窗口', 'input.windowNumber');
    case 'rota_rotating_department':
      return badInput('该部门不是本中心的轮驻部门', 'input.departmentId');
    case 'rota_staff_of_department':
      return badInput('该人员不是此部门的派驻人员', staffField());
    default:
      return null;
  }
}

/** A refused stationing or window change, as the field to change. Null: not one of these constraints. */
export function stationingRefusal(r: Refusal): DomainError | null {
  switch (r.constraint) {
    case 'rota_rotating_department':
      return new DomainError('CONFLICT', '该部门已有轮驻安排，改为其他入驻方式前请先删除其轮驻安排', 'input.mode');
    case 'rota_rotating_window':
      return new DomainError('CONFLICT', '该窗口已有轮驻安排，不能改为其他类别', 'input.kind');
    case 'center_window_stationed':
      return badInput('该部门未入驻本中心，请先设置入驻', 'input.departmentId');
    default:
      return null;
  }
}

// ── on duty ─────────────────────────────────────────────────────────────────────────────────

export interface DutyStationing {
  departmentId: string;
  mode: Mode;
  contactStaffId: string | null;
}
export interface DutyWindow {
  number: number;
  kind: WindowKind;
  departmentId: string | null;
}
export interface DutyRota {
  departmentId: string;
  windowNumber: number;
  staffIds: string[];
}
export interface DutyStaff {
  id: string;
  departmentId: string | null;
}

export interface DutyEntry {
  departmentId: string;
  mode: Mode;
  windowNumbers: number[];
  staffIds: string[];
  contactStaffId: string | null;
}

const ORDER: Record<Mode, number> = { RESIDENT: 0, ROTATING: 1, CONTRACTED: 2, ON_CALL: 3 };

/** Who is on duty at one center in one month (the rota of that month, the year-round stationings). */
export function dutyOf(stationings: readonly DutyStationing[], windows: readonly DutyWindow[], rota: readonly DutyRota[], staff: readonly DutyStaff[]): DutyEntry[] {
  const out: DutyEntry[] = [];
  const staffOf = (departmentId: string) => staff.filter((s) => s.departmentId === departmentId).map((s) => s.id);
  for (const s of stationings) {
    if (s.mode === 'ROTATING') continue;
    out.push({
      departmentId: s.departmentId, mode: s.mode,
      windowNumbers: windows.filter((w) => w.kind === 'FIXED' && w.departmentId === s.departmentId).map((w) => w.number).sort((a, b) => a - b),
      staffIds: s.mode === 'ON_CALL' ? (s.contactStaffId ? [s.contactStaffId] : []) : staffOf(s.departmentId),
      contactStaffId: s.contactStaffId,
    });
  }
  const rotating = new Map(stationings.filter((s) => s.mode === 'ROTATING').map((s) => [s.departmentId, s]));
  for (const r of rota) {
    const s = rotating.get(r.departmentId);
    if (!s) continue;
    out.push({ departmentId: r.departmentId, mode: 'ROTATING', windowNumbers: [r.windowNumber], staffIds: [...r.staffIds], contactStaffId: s.contactStaffId });
  }
  const firstWindow = (e: DutyEntry) => e.windowNumbers[0] ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => ORDER[a.mode] - ORDER[b.mode] || firstWindow(a) - firstWindow(b) || a.departmentId.localeCompare(b.departmentId));
}
