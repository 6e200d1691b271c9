import { describe, expect, it } from '@jest/globals';
import { accessFor } from './access';

describe('accessFor', () => {
  it('shows nothing to an account without roles', () => {
    expect(Object.values(accessFor([])).some(Boolean)).toBe(false);
  });

  it('a window operator takes cases in but issues no supervision letter', () => {
    const a = accessFor(['OPERATOR']);
    expect(a).toMatchObject({ caseList: true, intake: true, acceptCase: true, issueSupervisionLetter: false, gridWorker: false });
  });

  it('a grid worker gets the phone page and intake, not the dispatch board', () => {
    expect(accessFor(['GRID_WORKER'])).toMatchObject({ gridWorker: true, intake: true, dispatchBoard: false, gridMap: false });
  });

  it('roles add up: a supervisor who is also a leader may escalate (as leader) and issue letters (as supervisor)', () => {
    expect(accessFor(['SUPERVISOR', 'LEADER'])).toMatchObject({ escalateCase: true, issueSupervisionLetter: true, intake: false });
  });

  it('a partner system sees cases but does not use the intake screen', () => {
    expect(accessFor(['PARTNER'])).toMatchObject({ caseList: true, intake: false, bookAppointment: true });
  });
});
