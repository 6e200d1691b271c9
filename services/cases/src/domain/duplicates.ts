/**
 * Possible-duplicate detection at intake (重复件提示). The same dispute often arrives twice: a
 * resident calls 12345 and also walks in, or 110 transfers what a grid worker already reported.
 * This only flags candidates for the operator (who may merge); it never blocks an intake.
 *
 * A candidate received within 30 days (either side of the new case) matches when:
 * - an applicant of both cases has the same phone, or the same ID number (any region, any type:
 *   the person is the same whatever they call the dispute); or
 * - both have a respondent of the same name, in the same region, with the same dispute type.
 * Reasons are Chinese and show numbers masked, since operators may read them out or forward them.
 */
import { ValidationErrors, isValidIdNumber, isValidPhone, isUuid } from '@zz/common';
import { LIMITS, PARTY_ROLES, type PartyRole, normaliseIdNumber, normalisePhone } from './intake';
import { maskIdNumber, maskPhone } from './masking';

export const DUPLICATE_WINDOW_DAYS = 30;
const DAY_MS = 24 * 3600_000;

export interface DuplicateParty {
  role: PartyRole;
  name: string;
  phone?: string | null;
  idNumber?: string | null;
}

export interface DuplicateFacts {
  /** Code of the case's region (any level); compared for equality only. */
  regionCode: string;
  type: string;
  receivedAt: Date;
  parties: readonly DuplicateParty[];
}

export interface DuplicateCandidate extends DuplicateFacts {
  id: string;
  code: string;
}

export interface DuplicateMatch {
  id: string;
  code: string;
  receivedAt: Date;
  /** Calendar days between the two intakes (rounded down). */
  daysApart: number;
  reasons: string[];
}

const phoneKey = (p: string | null | undefined) => (p ? normalisePhone(p).replace(/-/g, '') : '');
const idKey = (id: string | null | undefined) => (id ? normaliseIdNumber(id) : '');
// Whitespace and letter case vary between channels for the same person or company name.
const nameKey = (name: string) => name.replace(/\s+/g, '').toLowerCase();

function collect(parties: readonly DuplicateParty[], role: PartyRole, key: (p: DuplicateParty) => string): Set<string> {
  const keys = new Set<string>();
  for (const p of parties) {
    if (p.role !== role) continue;
    const k = key(p);
    if (k) keys.add(k);
  }
  return keys;
}

/**
 * The candidates that may be the same dispute as `newCase`, each with its reasons; most reasons
 * first, then the closest in time.
 */
export function findPossibleDuplicates(
  newCase: DuplicateFacts,
  candidates: readonly DuplicateCandidate[],
  windowDays: number = DUPLICATE_WINDOW_DAYS,
): DuplicateMatch[] {
  const applicantPhones = collect(newCase.parties, 'APPLICANT', (p) => phoneKey(p.phone));
  const applicantIds = collect(newCase.parties, 'APPLICANT', (p) => idKey(p.idNumber));
  const respondentNames = collect(newCase.parties, 'RESPONDENT', (p) => nameKey(p.name));

  const matches: DuplicateMatch[] = [];
  for (const c of candidates) {
    const apartMs = Math.abs(c.receivedAt.getTime() - newCase.receivedAt.getTime());
    if (apartMs > windowDays * DAY_MS) continue;
    const reasons: string[] = [];

    const seen = new Set<string>();
    for (const p of c.parties) {
      if (p.role !== 'APPLICANT') continue;
      const phone = phoneKey(p.phone);
      if (phone && applicantPhones.has(phone) && !seen.has(`p${phone}`)) {
        seen.add(`p${phone}`);
        reasons.push(`申请人联系电话相同（${maskPhone(normalisePhone(p.phone!))}）`);
      }
      const id = idKey(p.idNumber);
      if (id && applicantIds.has(id) && !seen.has(`i${id}`)) {
        seen.add(`i${id}`);
        reasons.push(`申请人身份证号码相同（${maskIdNumber(id)}）`);
      }
    }

    if (c.regionCode === newCase.regionCode && c.type === newCase.type) {
      for (const p of c.parties) {
        const name = nameKey(p.name);
        if (p.role === 'RESPONDENT' && name && respondentNames.has(name) && !seen.has(`r${name}`)) {
          seen.add(`r${name}`);
          reasons.push(`同一地区、同一纠纷类型，被申请人相同（${p.name.trim()}）`);
        }
      }
    }

    if (reasons.length > 0) {
      matches.push({ id: c.id, code: c.code, receivedAt: c.receivedAt, daysApart: Math.floor(apartMs / DAY_MS), reasons });
    }
  }
  return matches.sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      Math.abs(a.receivedAt.getTime() - newCase.receivedAt.getTime()) - Math.abs(b.receivedAt.getTime() - newCase.receivedAt.getTime()),
  );
}

/** What the intake form has filled in so far (Query.intakeDuplicates): names and numbers may still be blank. */
export interface DuplicateCheckInput {
  idempotencyKey?: string | null;
  regionId?: string | null;
  type?: string | null;
  parties: { name?: string | null; role: string; phone?: string | null; idNumber?: string | null }[];
}

export interface NormalisedDuplicateCheck {
  idempotencyKey: string | null;
  regionId: string | null;
  type: string | null;
  parties: DuplicateParty[];
}

const blank = (v: string | null | undefined) => v === undefined || v === null || v.trim() === '';

/**
 * The check runs while the operator types, so what is not filled in yet is simply left out; but a
 * number that IS given must be valid (the same rule as intake, so a check never matches on a number
 * intake would refuse), and the field is named. Error messages never repeat the number.
 */
export function validateDuplicateCheck(input: DuplicateCheckInput): NormalisedDuplicateCheck {
  const errors = new ValidationErrors();
  let regionId: string | null = null;
  if (!blank(input.regionId)) {
    if (isUuid(input.regionId!.trim())) regionId = input.regionId!.trim().toLowerCase();
    else errors.add('input.regionId', '所属地区编号无效');
  }
  let idempotencyKey: string | null = null;
  if (!blank(input.idempotencyKey)) {
    idempotencyKey = input.idempotencyKey!.trim();
    if ([...idempotencyKey].length > LIMITS.idempotencyKey.max) errors.add('input.idempotencyKey', `幂等键不能超过 ${LIMITS.idempotencyKey.max} 个字符`);
  }
  const parties: DuplicateParty[] = [];
  if (!Array.isArray(input.parties) || input.parties.length > LIMITS.parties.max) {
    errors.add('input.parties', `当事人数量不能超过 ${LIMITS.parties.max} 人`);
  } else {
    input.parties.forEach((p, i) => {
      const path = `input.parties.${i}`;
      const name = blank(p.name) ? '' : p.name!.trim();
      if ([...name].length > LIMITS.partyName.max) errors.add(`${path}.name`, `当事人姓名不能超过 ${LIMITS.partyName.max} 个字符`);
      const role = (PARTY_ROLES as readonly string[]).includes(p.role) ? (p.role as PartyRole) : null;
      if (!role) errors.add(`${path}.role`, '当事人角色无效');
      let phone: string | null = null;
      if (!blank(p.phone)) {
        phone = normalisePhone(p.phone!);
        if (!isValidPhone(phone)) errors.add(`${path}.phone`, '联系电话格式不正确（手机号 11 位，固话需带区号）');
      }
      let idNumber: string | null = null;
      if (!blank(p.idNumber)) {
        idNumber = normaliseIdNumber(p.idNumber!);
        if (!isValidIdNumber(idNumber)) errors.add(`${path}.idNumber`, '身份证号码不正确（18 位，校验位或出生日期有误）');
      }
      if (role) parties.push({ role, name, phone, idNumber });
    });
  }
  errors.throwIfAny();
  return { idempotencyKey, regionId, type: blank(input.type) ? null : input.type!, parties };
}
