/**
 * Rules for the mediator pool's records (调解人才库), kept by an ADMIN. Every problem is reported at
 * once with its field path.
 *
 * Decisions:
 * - Only kind MEDIATOR can be in the gold team (金牌调解团队 is a team of mediators); a brand
 *   (personal brand, "涌哥") belongs to a gold-team member only (the table's CHECK says so too).
 * - Languages are free text (普通话, 客家话, 蒙古语 …) because a county's list is open, but trimmed,
 *   de-duplicated and at most 10; at least one is required.
 */
import { ValidationErrors, enumValues, isValidPhone } from '@zz/common';
import { normalisePhone } from './appointments';
import { DISPUTE_TYPES, type CandidateKind, type DisputeType } from './matching';

export const MEDIATOR_KINDS = enumValues<CandidateKind>()(['MEDIATOR', 'LEGAL_EXPERT', 'PSYCHOLOGIST']);
export const MAX_LANGUAGES = 10;
const MAX_NAME = 50;
const MAX_TITLE = 50;
const MAX_BRAND = 30;
const MAX_LANGUAGE = 20;

export interface MediatorProfile {
  name: string;
  kind: CandidateKind;
  specialties: DisputeType[];
  languages: string[];
  goldTeam: boolean;
  brand: string | null;
  title: string;
  phone: string | null;
  available: boolean;
}

export interface NewMediatorInput {
  name: string;
  kind: string;
  centerId: string;
  specialties: string[];
  languages: string[];
  goldTeam?: boolean | null;
  brand?: string | null;
  title: string;
  phone?: string | null;
}

export interface MediatorChanges {
  specialties?: string[] | null;
  languages?: string[] | null;
  available?: boolean | null;
  goldTeam?: boolean | null;
  brand?: string | null;
  title?: string | null;
  phone?: string | null;
}

const length = (s: string) => [...s].length;

function checkProfile(p: { name: string; kind: string; specialties: string[]; languages: string[]; goldTeam: boolean; brand: string | null; title: string; phone: string | null }, errors: ValidationErrors) {
  if (length(p.name) < 1) errors.add('input.name', '请填写姓名');
  else if (length(p.name) > MAX_NAME) errors.add('input.name', `姓名不能超过 ${MAX_NAME} 个字`);
  if (!MEDIATOR_KINDS.includes(p.kind as CandidateKind)) errors.add('input.kind', '类别无效');
  if (p.specialties.length === 0) errors.add('input.specialties', '至少选择一种擅长的纠纷类型');
  const badTypes = p.specialties.filter((t) => !DISPUTE_TYPES.includes(t as DisputeType));
  if (badTypes.length) errors.add('input.specialties', `未知纠纷类型：${badTypes.join(', ')}`);
  if (p.languages.length === 0) errors.add('input.languages', '至少填写一种语言');
  else if (p.languages.length > MAX_LANGUAGES) errors.add('input.languages', `语言最多 ${MAX_LANGUAGES} 种`);
  p.languages.forEach((l, i) => {
    if (length(l) > MAX_LANGUAGE) errors.add(`input.languages.${i}`, `语言名称不能超过 ${MAX_LANGUAGE} 个字`);
  });
  if (p.goldTeam && p.kind !== 'MEDIATOR') errors.add('input.goldTeam', '只有调解员可以加入金牌调解团队');
  if (p.brand !== null && !p.goldTeam) errors.add('input.brand', '只有金牌调解员有个人品牌');
  if (p.brand !== null && length(p.brand) > MAX_BRAND) errors.add('input.brand', `品牌名称不能超过 ${MAX_BRAND} 个字`);
  if (length(p.title) < 1) errors.add('input.title', '请填写身份/职务');
  else if (length(p.title) > MAX_TITLE) errors.add('input.title', `身份/职务不能超过 ${MAX_TITLE} 个字`);
  if (p.phone !== null && !isValidPhone(p.phone)) errors.add('input.phone', '联系电话格式无效（手机号或带区号的固定电话）');
}

const cleanLanguages = (ls: string[]) => [...new Set(ls.map((l) => l.trim()).filter((l) => l !== ''))];
const cleanPhone = (p: string | null | undefined) => (p && p.trim() ? normalisePhone(p) : null);

/** Validates a new pool member; throws one BAD_USER_INPUT listing every bad field. */
export function validateNewMediator(input: NewMediatorInput): MediatorProfile & { centerId: string } {
  const errors = new ValidationErrors();
  const p = {
    name: (input.name ?? '').trim(),
    kind: input.kind,
    specialties: [...new Set(input.specialties ?? [])],
    languages: cleanLanguages(input.languages ?? []),
    goldTeam: input.goldTeam ?? false,
    brand: input.brand?.trim() || null,
    title: (input.title ?? '').trim(),
    phone: cleanPhone(input.phone),
  };
  const centerId = (input.centerId ?? '').trim();
  if (!centerId) errors.add('input.centerId', '请选择所属中心');
  checkProfile(p, errors);
  errors.throwIfAny();
  return { ...p, kind: p.kind as CandidateKind, specialties: p.specialties as DisputeType[], available: true, centerId };
}

/** Applies changes to a record and validates the result as a whole (e.g. leaving the gold team drops the brand only if asked). */
export function applyMediatorChanges(current: MediatorProfile, changes: MediatorChanges): MediatorProfile {
  const errors = new ValidationErrors();
  const next = {
    name: current.name,
    kind: current.kind as string,
    specialties: changes.specialties != null ? [...new Set(changes.specialties)] : [...current.specialties],
    languages: changes.languages != null ? cleanLanguages(changes.languages) : [...current.languages],
    goldTeam: changes.goldTeam ?? current.goldTeam,
    // An explicit empty brand clears it.
    brand: changes.brand !== undefined && changes.brand !== null ? changes.brand.trim() || null : current.brand,
    title: changes.title != null ? changes.title.trim() : current.title,
    phone: changes.phone !== undefined && changes.phone !== null ? cleanPhone(changes.phone) : current.phone,
  };
  // Leaving the gold team without naming a brand drops the old brand instead of failing on it.
  if (!next.goldTeam && changes.brand == null) next.brand = null;
  checkProfile(next, errors);
  errors.throwIfAny();
  return { ...next, kind: current.kind, specialties: next.specialties as DisputeType[], available: changes.available ?? current.available };
}
