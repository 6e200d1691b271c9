/**
 * Stable, non-reversible keys of a person (a case's party, a key person) for the dispatch events
 * (CaseSnapshot.partyKeys) and for matching: supervision's risk rules find repeat parties across cases,
 * and grid finds the key persons a risk warning concerns, without either holding personal data.
 *
 * One key per identifier a party has: sha256 of the normalised phone (digits only, no +86), of the
 * normalised ID number (upper-case), and of the name (whitespace removed, lower-case) together with
 * the case's region code (a name alone is too common to identify anyone). Each is prefixed with its
 * kind before hashing, so a phone can never collide with an ID number. Keys are hex, deduplicated,
 * sorted (the same parties always give the same list).
 */
import { createHash } from 'node:crypto';
import { normaliseIdNumber, normalisePhone } from './id-number';

export interface KeyedParty {
  name: string;
  phone?: string | null;
  idNumber?: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export function phoneKey(phone: string): string {
  return sha256(`phone:${normalisePhone(phone).replace(/-/g, '')}`);
}

export function idNumberKey(idNumber: string): string {
  return sha256(`id:${normaliseIdNumber(idNumber)}`);
}

export function nameKey(name: string, regionCode: string): string {
  return sha256(`name:${name.replace(/\s+/g, '').toLowerCase()}@${regionCode}`);
}

export function partyKeys(parties: readonly KeyedParty[], regionCode: string): string[] {
  const keys = new Set<string>();
  for (const p of parties) {
    if (p.phone && p.phone.trim()) keys.add(phoneKey(p.phone));
    if (p.idNumber && p.idNumber.trim()) keys.add(idNumberKey(p.idNumber));
    if (p.name && p.name.trim()) keys.add(nameKey(p.name, regionCode));
  }
  return [...keys].sort();
}
