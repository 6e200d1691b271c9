/**
 * The intake form's values and what goes to the graph: the `intakeCase` input, the duplicate check's
 * input (only what is filled in and valid, so the check never fails on a half-typed number), and the
 * idempotency key of one filled form. Pure, unit-tested.
 */
import type { Channel, Complexity, DisputeType, IntakeCaseInput, IntakeDuplicatesInput, PartyRole } from '../../gql/graphql';
import { isValidIdNumber, isValidPhone, normaliseIdNumber, normalisePhone } from '../../utils/party-numbers';

export interface PartyValues {
  name?: string;
  role: PartyRole;
  idNumber?: string;
  phone?: string;
}

export interface IntakeValues {
  channel?: Channel;
  type?: DisputeType;
  title?: string;
  description?: string;
  regionId?: string | null;
  parties?: PartyValues[];
  amountInDispute?: string;
  complexity?: Complexity;
}

const text = (v: string | undefined | null) => (v ?? '').trim();
const optional = (v: string | undefined | null) => (text(v) === '' ? null : text(v));

/** A fresh form: a window intake, the operator's own region, one applicant row to start with. */
export function initialValues(regionId: string | null): IntakeValues {
  return { channel: 'WINDOW', regionId, parties: [{ role: 'APPLICANT' }] };
}

/** The mutation's input (after the form validated; the server validates again and names any field it refuses). */
export function toIntakeInput(values: IntakeValues, idempotencyKey: string): IntakeCaseInput {
  return {
    idempotencyKey,
    channel: values.channel!,
    type: values.type!,
    title: text(values.title),
    description: text(values.description),
    regionId: values.regionId ?? '',
    parties: (values.parties ?? []).map((p) => ({
      name: text(p.name),
      role: p.role,
      idNumber: optional(p.idNumber),
      phone: optional(p.phone),
    })),
    amountInDispute: optional(values.amountInDispute),
    complexity: values.complexity ?? null,
  };
}

/**
 * What the duplicate check can compare so far (with the form's idempotency key), or null when nothing yet: applicants' valid phones
 * and ID numbers; respondents' names when the region and type are chosen (the graph compares
 * respondents only within one region and type). Normalised, so typing a space changes nothing.
 */
export function toDuplicateInput(values: Pick<IntakeValues, 'regionId' | 'type' | 'parties'>, idempotencyKey?: string): IntakeDuplicatesInput | null {
  const byRespondent = !!values.regionId && !!values.type;
  const parties: IntakeDuplicatesInput['parties'] = [];
  for (const p of values.parties ?? []) {
    if (!p?.role) continue;
    const phone = text(p.phone) && isValidPhone(p.phone!) ? normalisePhone(p.phone!) : null;
    const idNumber = text(p.idNumber) && isValidIdNumber(p.idNumber!) ? normaliseIdNumber(p.idNumber!) : null;
    const name = text(p.name);
    if (p.role === 'APPLICANT' && (phone || idNumber)) parties.push({ role: p.role, phone, idNumber });
    else if (p.role === 'RESPONDENT' && byRespondent && name) parties.push({ role: p.role, name });
  }
  if (!parties.length) return null;
  // The form's key: a case it already registered (its answer lost, now retried) is not its own duplicate.
  const key = idempotencyKey ? { idempotencyKey } : {};
  return byRespondent ? { ...key, regionId: values.regionId, type: values.type, parties } : { ...key, parties };
}

/**
 * A random UUID v4 for one filled form. `crypto.randomUUID` exists only in secure contexts, and a
 * county's console is often served over plain http on the internal network; getRandomValues is not
 * restricted that way.
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
