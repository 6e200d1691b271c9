/**
 * Validation of the admin inputs for grids and grid workers, and the grid-code rule.
 *
 * Decisions:
 * - `undefined` leaves a field unchanged in updates; `null` clears an optional field (leader, phone)
 *   and is an error for a required one (name, boundary, counts).
 * - Counts are integers in [0, 1,000,000]; a grid covers about 300 households, but a town seat's
 *   community grid can be far larger, so only absurd values are refused. Residents may be fewer than
 *   households (empty homes, migrant workers) and are not cross-checked.
 * - A new grid's code is its village's code + the next free 3-digit suffix (001…999), taken under a
 *   lock on the village row so two concurrent creations never pick the same one.
 */
import { ValidationErrors, enumValues, isValidPhone } from '@zz/common';
import type { GridWorkerKind as SdlGridWorkerKind } from '../generated/resolvers-types';
import { validatePolygon, type Position } from './polygon';
import { normalisePhone } from './reports';

export const GRID_WORKER_KINDS = enumValues<SdlGridWorkerKind>()(['FULL_TIME', 'PART_TIME', 'AUXILIARY']);
export type GridWorkerKind = (typeof GRID_WORKER_KINDS)[number];

const MAX_COUNT = 1_000_000;
const NAME_MAX = 50;
const len = (s: string) => [...s].length;

export interface GridFieldsInput {
  name?: string | null;
  boundary?: unknown;
  households?: number | null;
  residents?: number | null;
  places?: number | null;
  things?: number | null;
  organisations?: number | null;
  leaderName?: string | null;
  leaderPhone?: string | null;
}

export interface GridChanges {
  name?: string;
  ring?: Position[];
  households?: number;
  residents?: number;
  places?: number;
  things?: number;
  organisations?: number;
  leaderName?: string | null;
  leaderPhone?: string | null;
}

function requiredName(v: string | null | undefined, field: string, errors: ValidationErrors): string | undefined {
  const t = (v ?? '').trim();
  if (len(t) < 1 || len(t) > NAME_MAX) {
    errors.add(field, `名称不能为空且不超过 ${NAME_MAX} 字 (1–${NAME_MAX} characters)`);
    return undefined;
  }
  return t;
}

function optionalPhone(v: string | null | undefined, field: string, errors: ValidationErrors): string | null {
  const t = (v ?? '').trim();
  if (!t) return null;
  const p = normalisePhone(t);
  if (!isValidPhone(p)) errors.add(field, '手机号或座机号格式不正确 (invalid phone number)');
  return p;
}

function count(v: number | null | undefined, field: string, errors: ValidationErrors): number | undefined {
  if (v === null || v === undefined || !Number.isInteger(v) || v < 0 || v > MAX_COUNT) {
    errors.add(field, `必须是 0 到 ${MAX_COUNT} 之间的整数 (an integer in [0, ${MAX_COUNT}])`);
    return undefined;
  }
  return v;
}

/**
 * Validates the grid fields of a create (`creating`: name, boundary, households and residents are
 * required) or an update (only the fields present). Throws one BAD_USER_INPUT listing every problem.
 */
export function validateGridFields(input: GridFieldsInput, creating: boolean, errors = new ValidationErrors()): GridChanges {
  const out: GridChanges = {};
  const present = (k: keyof GridFieldsInput) => creating || input[k] !== undefined;
  if (present('name')) out.name = requiredName(input.name, 'input.name', errors);
  if (present('boundary')) {
    if (input.boundary === null || input.boundary === undefined) errors.add('input.boundary', '必须提供边界 (boundary is required)');
    else out.ring = validatePolygon(input.boundary, 'input.boundary', errors) ?? undefined;
  }
  for (const k of ['households', 'residents'] as const) if (present(k)) out[k] = count(input[k], `input.${k}`, errors);
  for (const k of ['places', 'things', 'organisations'] as const) {
    if (input[k] !== undefined) out[k] = count(input[k], `input.${k}`, errors);
  }
  if (input.leaderName !== undefined) {
    const t = (input.leaderName ?? '').trim();
    if (len(t) > NAME_MAX) errors.add('input.leaderName', `姓名不超过 ${NAME_MAX} 字`);
    out.leaderName = t || null;
  }
  if (input.leaderPhone !== undefined) out.leaderPhone = optionalPhone(input.leaderPhone, 'input.leaderPhone', errors);
  errors.throwIfAny();
  return out;
}

export interface WorkerFieldsInput {
  name?: string | null;
  kind?: string | null;
  phone?: string | null;
  active?: boolean | null;
}

export interface WorkerChanges {
  name?: string;
  kind?: GridWorkerKind;
  phone?: string | null;
  active?: boolean;
}

export function validateWorkerFields(input: WorkerFieldsInput, creating: boolean, errors = new ValidationErrors()): WorkerChanges {
  const out: WorkerChanges = {};
  if (creating || input.name !== undefined) out.name = requiredName(input.name, 'input.name', errors);
  if (creating || input.kind !== undefined) {
    if (!(GRID_WORKER_KINDS as readonly string[]).includes(input.kind ?? '')) errors.add('input.kind', '网格员类别无效 (kind must be FULL_TIME, PART_TIME or AUXILIARY)');
    else out.kind = input.kind as GridWorkerKind;
  }
  if (input.phone !== undefined) out.phone = optionalPhone(input.phone, 'input.phone', errors);
  if (input.active !== undefined) {
    if (input.active === null) errors.add('input.active', '不能为空 (active cannot be null)');
    else out.active = input.active;
  }
  errors.throwIfAny();
  return out;
}

/** The code of the next grid of a village: village code + the lowest 3-digit suffix above every existing one. */
export function nextGridCode(villageCode: string, existingChildCodes: readonly string[]): string | null {
  let max = 0;
  for (const c of existingChildCodes) {
    if (c.length === villageCode.length + 3 && c.startsWith(villageCode)) max = Math.max(max, Number(c.slice(-3)));
  }
  return max >= 999 ? null : villageCode + String(max + 1).padStart(3, '0');
}

/** 重点人群 categories: the enum of the API and the Chinese names the source registers use. */
export const KEY_PERSON_CATEGORIES = {
  SEVERE_MENTAL_DISORDER: '严重精神障碍患者',
  COMMUNITY_CORRECTION: '社区矫正对象',
  RELEASED_PRISONER: '刑满释放人员',
  DRUG_REHABILITATION: '社区戒毒康复人员',
  THREE_LOSSES_ONE_BIAS: '“三失一偏”人员',
  KEY_PETITIONER: '重点信访人员',
  OTHER: '其他',
} as const;
export type KeyPersonCategory = keyof typeof KEY_PERSON_CATEGORIES;

/** Maps a registry's Chinese category (or an enum name) to the enum; unknown ones are OTHER. */
export function keyPersonCategory(label: string): KeyPersonCategory {
  const t = label.trim();
  if (t in KEY_PERSON_CATEGORIES) return t as KeyPersonCategory;
  const bare = t.replace(/[“”"]/g, '');
  for (const [k, v] of Object.entries(KEY_PERSON_CATEGORIES)) if (v.replace(/[“”"]/g, '') === bare) return k as KeyPersonCategory;
  if (bare.includes('三失一偏')) return 'THREE_LOSSES_ONE_BIAS';
  if (bare.includes('精神')) return 'SEVERE_MENTAL_DISORDER';
  if (bare.includes('矫正')) return 'COMMUNITY_CORRECTION';
  if (bare.includes('刑满') || bare.includes('释放')) return 'RELEASED_PRISONER';
  if (bare.includes('戒毒') || bare.includes('吸毒')) return 'DRUG_REHABILITATION';
  if (bare.includes('信访')) return 'KEY_PETITIONER';
  return 'OTHER';
}

export interface KeyPersonFieldsInput {
  name?: string | null;
  category?: string | null;
  plan?: string | null;
}

export interface KeyPersonChanges {
  name?: string;
  category?: KeyPersonCategory;
  plan?: string;
}

export const PLAN_LIMITS = { min: 2, max: 2000 };

export function validateKeyPersonFields(input: KeyPersonFieldsInput, creating: boolean, errors = new ValidationErrors()): KeyPersonChanges {
  const out: KeyPersonChanges = {};
  if (creating || input.name !== undefined) out.name = requiredName(input.name, 'input.name', errors);
  if (creating || input.category !== undefined) {
    if (!input.category || !(input.category in KEY_PERSON_CATEGORIES)) errors.add('input.category', '重点人群类别无效 (unknown category)');
    else out.category = input.category as KeyPersonCategory;
  }
  if (creating || input.plan !== undefined) {
    const t = (input.plan ?? '').trim();
    if (len(t) < PLAN_LIMITS.min || len(t) > PLAN_LIMITS.max) errors.add('input.plan', `一人一策需 ${PLAN_LIMITS.min}–${PLAN_LIMITS.max} 字 (plan: ${PLAN_LIMITS.min}–${PLAN_LIMITS.max} characters)`);
    else out.plan = t;
  }
  errors.throwIfAny();
  return out;
}
