/**
 * Who sees phone numbers in full. Staff accounts (any role but PARTNER) call mediators, staff and
 * the people who booked a studio as part of their work; a partner system (12345, 110 …) gets the
 * masked form: it already holds its own caller's number, and nothing it receives back needs ours.
 */
import { mayUnmask, type Identity } from '@zz/common';

/** The policy's rows Mediator.phone, Staff.phone and Appointment.contactPhone share this rule. */
export function isStaffViewer(identity: Identity): boolean {
  return mayUnmask(identity, 'Mediator.phone');
}

/** `13812345678` → `138****5678`; a landline keeps its area code and last 4 digits. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length <= 7) return '*'.repeat(p.length);
  const head = p.startsWith('0') ? Math.min(4, p.indexOf('-') > 0 ? p.indexOf('-') : 4) : 3;
  return p.slice(0, head) + '*'.repeat(p.length - head - 4) + p.slice(-4);
}

export function phoneFor(identity: Identity, phone: string | null): string | null {
  if (phone === null) return null;
  return isStaffViewer(identity) ? phone : maskPhone(phone);
}
