import { CASE_ACTION_LABELS } from './case-status';
import { LEDGER_RECORDS, eventKindOf, ledgerActionLabel, ledgerActionName } from './ledger';

describe('ledger actions', () => {
  it('names a state-machine action by its type and raises its dispatch event', () => {
    expect(ledgerActionName({ type: 'escalate', reason: '本级无法化解' })).toBe('escalate');
    expect(eventKindOf({ type: 'escalate', reason: '本级无法化解' })).toBe('CASE_ESCALATED');
    expect(eventKindOf({ type: 'transfer', reason: '不属于本级', toStepKey: 'TOWN_CENTER' })).toBe('CASE_REROUTED');
    expect(eventKindOf({ type: 'recordOutcome', outcome: 'FAILED' })).toBe('MEDIATION_FAILED');
  });

  it('gives the records that leave the status alone their own event, or none', () => {
    expect(ledgerActionName('intake')).toBe('intake');
    expect(eventKindOf('intake')).toBe('CASE_RECEIVED');
    expect(eventKindOf('openConsultation')).toBe('CONSULTATION_OPENED');
    expect(eventKindOf('decideConsultation')).toBeNull();
    expect(eventKindOf('mergeIn')).toBe('CASE_MERGED');
  });

  it('labels every stored action, and shows an unknown one as it is', () => {
    expect(ledgerActionLabel('intake')).toBe(LEDGER_RECORDS.intake.label);
    expect(ledgerActionLabel('accept')).toBe(CASE_ACTION_LABELS.accept);
    expect(ledgerActionLabel('somethingOld')).toBe('somethingOld');
  });
});
