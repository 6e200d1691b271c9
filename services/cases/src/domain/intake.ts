/**
 * Validation of a case intake (受理) before anything is written. Every problem is collected and
 * reported at once (ValidationErrors → one BAD_USER_INPUT with all fields), with paths like
 * `input.parties.2.idNumber`, so an operator fixes the form in one go.
 *
 * Decisions:
 * - Strings are trimmed; lengths count characters (code points), not UTF-16 units, so a Chinese
 *   name of 50 characters is 50.
 * - Phones: inner spaces and a leading +86 are dropped before checking (hotline and police
 *   transfers often carry them). ID numbers are upper-cased (a trailing x becomes X).
 * - The same ID number on two parties is an error: one person cannot be two parties.
 * - A blank optional string (phone, idNumber, amount) counts as absent; a blank idempotencyKey is an
 *   error, since a client that sends one expects idempotency.
 * - amountInDispute is a decimal string, 0 ≤ amount ≤ 1e12, at most 2 decimals, normalised to
 *   exactly two ("30000" → "30000.00", "007.5" → "7.50").
 */
import { CHANNELS, DISPUTE_TYPES, ValidationErrors, enumValues, isValidIdNumber, isValidPhone, isUuid, normaliseIdNumber, normalisePhone, type Channel, type DisputeType } from '@zz/common';
import type { PartyRole as SdlPartyRole } from '../generated/resolvers-types';
import { type Complexity, isComplexity } from './complexity';

/** The shared vocabulary (SDL enums, @zz/common) as the intake names it. */
export { CHANNELS, DISPUTE_TYPES, type Channel, type DisputeType };

export const PARTY_ROLES = enumValues<SdlPartyRole>()(['APPLICANT', 'RESPONDENT', 'THIRD_PARTY']);
export type PartyRole = (typeof PARTY_ROLES)[number];

/** What arrives from the API (enums as strings; the validator narrows them). */
export interface PartyInput {
  name: string;
  role: string;
  phone?: string | null;
  idNumber?: string | null;
}

export interface IntakeInput {
  idempotencyKey?: string | null;
  title: string;
  description: string;
  channel: string;
  type: string;
  regionId: string;
  parties: PartyInput[];
  amountInDispute?: string | null;
  complexity?: string | null;
}

export interface NormalisedParty {
  name: string;
  role: PartyRole;
  phone: string | null;
  idNumber: string | null;
}

export interface NormalisedIntake {
  idempotencyKey: string | null;
  title: string;
  description: string;
  channel: Channel;
  type: DisputeType;
  /** null: not classified yet (set when the case is accepted). */
  complexity: Complexity | null;
  /** Lower-case UUID. */
  regionId: string;
  parties: NormalisedParty[];
  /** Exactly two decimals, or null. */
  amountInDispute: string | null;
}

export const LIMITS = {
  title: { min: 2, max: 100 },
  description: { min: 5, max: 5000 },
  parties: { min: 1, max: 200 },
  partyName: { min: 1, max: 50 },
  idempotencyKey: { min: 1, max: 200 },
  reason: { min: 2, max: 1000 },
  /** 1e12 yuan, inclusive. */
  maxAmountIntegerDigits: 13,
} as const;

const DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;
// Line breaks and other control characters would break one-line displays and exports.
const CONTROL = /[\u0000-\u001f\u007f]/;

const length = (s: string) => [...s].length;
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Checks a required string's length; returns the trimmed value or null after recording a problem. */
export function requiredText(
  errors: ValidationErrors,
  value: unknown,
  field: string,
  label: string,
  { min, max }: { min: number; max: number },
): string | null {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.add(field, `${label}不能为空`);
    return null;
  }
  const text = value.trim();
  const n = length(text);
  if (n < min || n > max) {
    errors.add(field, `${label}长度应为 ${min}–${max} 个字符（现为 ${n} 个）`);
    return null;
  }
  return text;
}

function enumValue<T extends string>(
  errors: ValidationErrors,
  value: unknown,
  field: string,
  label: string,
  allowed: readonly T[],
): T | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  errors.add(field, `${label}无效，应为 ${allowed.join('、')} 之一`);
  return null;
}

/** Drops inner whitespace and a leading +86 / 0086 country code. */
export { normaliseIdNumber, normalisePhone } from '@zz/common';

/**
 * "30000" → "30000.00"; null when the text is not a non-negative decimal with at most two
 * decimals and at most 1e12. String arithmetic only, so no floating-point rounding.
 */
export function normaliseAmount(text: string): string | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const integer = m[1].replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').padEnd(2, '0');
  if (integer.length > LIMITS.maxAmountIntegerDigits) return null;
  if (integer.length === LIMITS.maxAmountIntegerDigits && (integer !== '1000000000000' || fraction !== '00')) return null;
  return `${integer}.${fraction}`;
}

/** Validates and normalises an intake; throws one BAD_USER_INPUT listing every problem. */
export function validateIntake(input: IntakeInput): NormalisedIntake {
  const errors = new ValidationErrors();

  let idempotencyKey: string | null = null;
  if (input.idempotencyKey !== undefined && input.idempotencyKey !== null) {
    idempotencyKey = requiredText(errors, input.idempotencyKey, 'input.idempotencyKey', '幂等键', LIMITS.idempotencyKey);
  }

  const title = requiredText(errors, input.title, 'input.title', '标题', LIMITS.title);
  if (title !== null && CONTROL.test(title)) {
    errors.add('input.title', '标题不能包含换行或控制字符');
  }
  const description = requiredText(errors, input.description, 'input.description', '事项描述', LIMITS.description);
  const channel = enumValue(errors, input.channel, 'input.channel', '来源渠道', CHANNELS);
  const type = enumValue(errors, input.type, 'input.type', '纠纷类型', DISPUTE_TYPES);

  let complexity: Complexity | null = null;
  if (input.complexity !== undefined && input.complexity !== null) {
    if (isComplexity(input.complexity)) complexity = input.complexity;
    else errors.add('input.complexity', '繁简程度无效，应为 SIMPLE、GENERAL、COMPLEX、DIFFICULT 之一');
  }

  let regionId: string | null = null;
  if (typeof input.regionId === 'string' && isUuid(input.regionId.trim())) regionId = input.regionId.trim().toLowerCase();
  else errors.add('input.regionId', '所属地区编号无效');

  let amountInDispute: string | null = null;
  if (!isBlank(input.amountInDispute)) {
    amountInDispute = typeof input.amountInDispute === 'string' ? normaliseAmount(input.amountInDispute) : null;
    if (amountInDispute === null) {
      errors.add('input.amountInDispute', '争议金额应为不小于 0、不超过 1 万亿、最多两位小数的数字');
    }
  }

  const parties: NormalisedParty[] = [];
  if (!Array.isArray(input.parties)) {
    errors.add('input.parties', '当事人不能为空');
  } else {
    const { min, max } = LIMITS.parties;
    if (input.parties.length < min || input.parties.length > max) {
      errors.add('input.parties', `当事人数量应为 ${min}–${max} 人（现为 ${input.parties.length} 人）`);
    }
    const idOwners = new Map<string, number>();
    input.parties.forEach((p, i) => {
      const path = `input.parties.${i}`;
      if (typeof p !== 'object' || p === null) {
        errors.add(path, '当事人信息无效');
        return;
      }
      const name = requiredText(errors, p.name, `${path}.name`, '当事人姓名', LIMITS.partyName);
      const role = enumValue(errors, p.role, `${path}.role`, '当事人角色', PARTY_ROLES);

      let phone: string | null = null;
      if (!isBlank(p.phone)) {
        const normalised = typeof p.phone === 'string' ? normalisePhone(p.phone) : '';
        if (isValidPhone(normalised)) phone = normalised;
        else errors.add(`${path}.phone`, '联系电话格式不正确（手机号 11 位，固话需带区号）');
      }

      let idNumber: string | null = null;
      if (!isBlank(p.idNumber)) {
        const normalised = typeof p.idNumber === 'string' ? normaliseIdNumber(p.idNumber) : '';
        if (!isValidIdNumber(normalised)) {
          errors.add(`${path}.idNumber`, '身份证号码不正确（18 位，校验位或出生日期有误）');
        } else if (idOwners.has(normalised)) {
          errors.add(`${path}.idNumber`, `身份证号码与第 ${idOwners.get(normalised)! + 1} 位当事人重复`);
        } else {
          idOwners.set(normalised, i);
          idNumber = normalised;
        }
      }

      if (name !== null && role !== null) parties.push({ name, role, phone, idNumber });
    });
    if (input.parties.length > 0 && !input.parties.some((p) => p?.role === 'APPLICANT')) {
      errors.add('input.parties', '至少需要一名申请人（APPLICANT）');
    }
  }

  errors.throwIfAny();
  // After throwIfAny every required value is present; the non-null assertions state that.
  return {
    idempotencyKey,
    title: title!,
    description: description!,
    channel: channel!,
    type: type!,
    complexity,
    regionId: regionId!,
    parties,
    amountInDispute,
  };
}

/**
 * A reason for reject / escalate / reroute / reopen (and similar notes that are required):
 * 2–1000 characters, not blank. Returns the trimmed text; `field` is the input path, e.g. `reason`.
 */
export function validateReason(text: unknown, field: string): string {
  const errors = new ValidationErrors();
  const reason = requiredText(errors, text, field, '理由', LIMITS.reason);
  errors.throwIfAny();
  return reason!;
}
