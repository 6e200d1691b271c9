/**
 * What a change is on the case's ledger (台账) and which dispatch event it raises, stated once: a
 * state-machine action (case-status.ts: the ledger names it by its type, dispatchEventKind gives the
 * event), or one of the records below that leave the status as it is.
 */
import type { CaseEventKind } from '@zz/events';
import { CASE_ACTION_LABELS, dispatchEventKind, type CaseAction, type CaseActionType } from './case-status';

/** Ledger entries that are not state-machine actions: their label, and their dispatch event (null: none in the platform's list). */
export const LEDGER_RECORDS = {
  intake: { label: '登记受理', kind: 'CASE_RECEIVED' },
  openConsultation: { label: '召开联合会商', kind: 'CONSULTATION_OPENED' },
  decideConsultation: { label: '记录会商决定', kind: null },
  recordSession: { label: '记录调解会', kind: 'MEDIATION_SESSION_HELD' },
  mergeIn: { label: '合并入本案', kind: 'CASE_MERGED' },
  changeResolutionMode: { label: '调整化解方式', kind: 'CASE_RESOLUTION_MODE_CHANGED' },
  takeCase: { label: '领导包案', kind: 'CASE_LEADER_ASSIGNED' },
  assignCaseLeader: { label: '指定包案领导', kind: 'CASE_LEADER_ASSIGNED' },
  applyJudicialConfirmation: { label: '申请司法确认', kind: 'JUDICIAL_CONFIRMATION_APPLIED' },
  decideJudicialConfirmation: { label: '法院司法确认决定', kind: 'JUDICIAL_CONFIRMATION_DECIDED' },
  markHighRisk: { label: '标记高风险（一人一案）', kind: null },
  recordRiskPlan: { label: '制定一人一案化解方案', kind: null },
} as const satisfies Record<string, { label: string; kind: CaseEventKind | null }>;

export type LedgerRecord = keyof typeof LEDGER_RECORDS;

/** A change as the ledger records it. */
export type LedgerAction = CaseAction | LedgerRecord;

/** The ledger's `action` column. */
export function ledgerActionName(a: LedgerAction): string {
  return typeof a === 'string' ? a : a.type;
}

/** The dispatch event of a change, or null when it raises none. */
export function eventKindOf(a: LedgerAction): CaseEventKind | null {
  return typeof a === 'string' ? LEDGER_RECORDS[a].kind : dispatchEventKind(a);
}

/** The label of a stored ledger `action` (an older or unknown name is shown as it is). */
export function ledgerActionLabel(action: string): string {
  return (LEDGER_RECORDS as Record<string, { label: string }>)[action]?.label ?? CASE_ACTION_LABELS[action as CaseActionType] ?? action;
}
