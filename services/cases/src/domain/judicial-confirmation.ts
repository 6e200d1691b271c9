/**
 * 司法确认 (judicial confirmation): a settled case's mediation agreement is sent to a court, which
 * accepts the application (立案), then confirms the agreement with a ruling number (民特 ruling: the
 * agreement becomes enforceable) or refuses it — at filing (不予受理) or after review (驳回). The court
 * answers through the graph: its stationed department's account, or its own system with a partner
 * token (the application names which partner system may answer).
 *
 * Decisions:
 * - Only a case settled by agreement (RESOLVED, or CLOSED after resolution) with the agreement's text
 *   can be sent; one application is in progress at a time (APPLIED or ACCEPTED: CONFLICT otherwise);
 *   after a refusal the center may apply again (an amended agreement), numbered 2, 3 …
 * - The court must be a department of kind COURT (BAD_USER_INPUT on `input.courtDepartmentId`).
 * - A decision that does not fit the status is CONFLICT (confirming an application the court has not
 *   accepted, deciding twice); CONFIRM needs the ruling number, REFUSE the reason.
 * - The agreement binds the case's parties: they are the signatories (MediationAgreement.parties).
 */
import { ValidationErrors, conflict } from '@zz/common';
import type { CaseStatus } from './case-status';

export type ConfirmationStatus = 'APPLIED' | 'ACCEPTED' | 'CONFIRMED' | 'REFUSED';
export type ConfirmationDecision = 'ACCEPT' | 'CONFIRM' | 'REFUSE';
export const CONFIRMATION_DECISIONS: readonly ConfirmationDecision[] = ['ACCEPT', 'CONFIRM', 'REFUSE'];

export const IN_PROGRESS: readonly ConfirmationStatus[] = ['APPLIED', 'ACCEPTED'];

const PARTNER_CODE = /^[A-Za-z0-9_-]{2,32}$/;
const MAX_NOTE = 500;
const MAX_NUMBER = 60;

export interface ApplicationInput {
  courtDepartmentId: string;
  viaPartner?: string | null;
  note?: string | null;
}

export interface ValidApplication {
  courtDepartmentId: string;
  viaPartner: string | null;
  note: string | null;
}

const trimmed = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function validateApplication(input: ApplicationInput): ValidApplication {
  const errors = new ValidationErrors();
  const viaPartner = trimmed(input.viaPartner);
  if (viaPartner !== null && !PARTNER_CODE.test(viaPartner)) errors.add('input.viaPartner', '对接系统标识为 2–32 位字母、数字、- 或 _ / malformed partner code');
  const note = trimmed(input.note);
  if (note !== null && note.length > MAX_NOTE) errors.add('input.note', `说明不超过 ${MAX_NOTE} 字 / note too long`);
  errors.throwIfAny();
  return { courtDepartmentId: input.courtDepartmentId, viaPartner, note };
}

/** Can this case's agreement be sent to the court now? CONFLICT naming why not. */
export function checkCanApply(c: { status: CaseStatus; resolvedAt: Date | null; agreement: string | null }, current: readonly { status: ConfirmationStatus }[]): void {
  const settled = c.status === 'RESOLVED' || (c.status === 'CLOSED' && c.resolvedAt !== null);
  if (!settled || !c.agreement) throw conflict('只有调解成功、已有调解协议的案件才能申请司法确认 / only a case settled by agreement can apply');
  if (current.some((x) => IN_PROGRESS.includes(x.status))) throw conflict('该案已有办理中的司法确认申请 / an application is already in progress');
}

export interface DecisionInput {
  decision: ConfirmationDecision;
  rulingNumber?: string | null;
  reason?: string | null;
}

export interface DecisionChange {
  status: ConfirmationStatus;
  accepted: boolean;
  rulingNumber: string | null;
  refusalReason: string | null;
}

/** The application's next status under the court's decision (pure; CONFLICT when it does not fit, BAD_USER_INPUT when incomplete). */
export function decide(status: ConfirmationStatus, input: DecisionInput): DecisionChange {
  const errors = new ValidationErrors();
  if (!CONFIRMATION_DECISIONS.includes(input.decision)) errors.add('input.decision', '未知的决定 / unknown decision');
  const rulingNumber = trimmed(input.rulingNumber);
  const reason = trimmed(input.reason);
  if (input.decision === 'CONFIRM') {
    if (!rulingNumber) errors.add('input.rulingNumber', '确认须填写裁定书文号，如（2026）粤1422民特12号 / the ruling number is required');
    else if (rulingNumber.length > MAX_NUMBER) errors.add('input.rulingNumber', `文号不超过 ${MAX_NUMBER} 字 / too long`);
  }
  if (input.decision === 'REFUSE') {
    if (!reason) errors.add('input.reason', '不予受理或驳回须说明理由 / a refusal needs its reason');
    else if (reason.length > MAX_NOTE) errors.add('input.reason', `理由不超过 ${MAX_NOTE} 字 / too long`);
  }
  errors.throwIfAny();
  if (input.decision === 'ACCEPT') {
    if (status !== 'APPLIED') throw conflict('只有待受理的申请可以立案受理 / only a pending application can be accepted');
    return { status: 'ACCEPTED', accepted: true, rulingNumber: null, refusalReason: null };
  }
  if (input.decision === 'CONFIRM') {
    if (status !== 'ACCEPTED') throw conflict('法院立案受理后才能作出确认裁定 / the court confirms only an accepted application');
    return { status: 'CONFIRMED', accepted: false, rulingNumber, refusalReason: null };
  }
  if (!IN_PROGRESS.includes(status)) throw conflict('该申请已办结 / the application is already decided');
  return { status: 'REFUSED', accepted: false, rulingNumber: null, refusalReason: reason };
}
