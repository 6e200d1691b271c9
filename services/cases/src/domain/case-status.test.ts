import { DomainError } from '@zz/common';
import {
  CASE_ACTION_TYPES,
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  type CaseAction,
  type CaseState,
  type CaseStatus,
  allowedActions,
  allowedActionsFor,
  applyAction,
  dispatchEventKind,
  isOpen,
  isTerminal,
  transferStep,
  transition,
} from './case-status';
import { DISPATCH_EVENT_KINDS } from '@zz/events';
import { DEFAULT_LADDER } from './ladder';

/** One sample of each action (recordOutcome twice, once per outcome). */
const ACTIONS: Record<string, CaseAction> = {
  accept: { type: 'accept' },
  reject: { type: 'reject', reason: '不属于本级管辖' },
  transfer: { type: 'transfer', reason: '欠薪案件不属于村级受理范围', toStepKey: 'TOWN_CENTER' },
  assign: { type: 'assign' },
  reroute: { type: 'reroute', reason: '不属于本部门职责', departmentId: 'dept-2' },
  startMediation: { type: 'startMediation' },
  'recordOutcome:RESOLVED': { type: 'recordOutcome', outcome: 'RESOLVED' },
  'recordOutcome:FAILED': { type: 'recordOutcome', outcome: 'FAILED' },
  escalate: { type: 'escalate', reason: '本级无法化解' },
  refer: { type: 'refer', route: 'ARBITRATION' },
  close: { type: 'close' },
  withdraw: { type: 'withdraw' },
  reopen: { type: 'reopen', reason: '回访不满意' },
  merge: { type: 'merge', mergedInto: 'case-1' },
};

/** The expected machine, written out independently of the implementation's table. */
const LEGAL: Record<CaseStatus, Record<string, CaseStatus>> = {
  REGISTERED: { accept: 'ACCEPTED', reject: 'REJECTED', transfer: 'REGISTERED', withdraw: 'WITHDRAWN', merge: 'WITHDRAWN' },
  ACCEPTED: { reject: 'REJECTED', transfer: 'REGISTERED', assign: 'ASSIGNED', escalate: 'ACCEPTED', withdraw: 'WITHDRAWN', merge: 'WITHDRAWN' },
  ASSIGNED: {
    assign: 'ASSIGNED', reroute: 'ASSIGNED', startMediation: 'IN_MEDIATION', escalate: 'ACCEPTED', refer: 'REFERRED',
    withdraw: 'WITHDRAWN', merge: 'WITHDRAWN',
  },
  IN_MEDIATION: {
    'recordOutcome:RESOLVED': 'RESOLVED', 'recordOutcome:FAILED': 'ASSIGNED', refer: 'REFERRED', withdraw: 'WITHDRAWN', merge: 'WITHDRAWN',
  },
  RESOLVED: { close: 'CLOSED', reopen: 'ACCEPTED' },
  REFERRED: { close: 'CLOSED' },
  CLOSED: { reopen: 'ACCEPTED' },
  REJECTED: {},
  WITHDRAWN: {},
};

const pairs = CASE_STATUSES.flatMap((status) => Object.keys(ACTIONS).map((name) => [status, name] as const));
const legal = pairs.filter(([s, a]) => LEGAL[s][a] !== undefined).map(([s, a]) => [s, a, LEGAL[s][a]] as const);
const illegal = pairs.filter(([s, a]) => LEGAL[s][a] === undefined);

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('transition: every legal transition', () => {
  it.each(legal)('%s --%s--> %s', (status, name, to) => {
    expect(transition(status, ACTIONS[name])).toBe(to);
  });
});

describe('transition: every illegal transition is a CONFLICT naming the status and action', () => {
  it.each(illegal)('%s --%s--> CONFLICT', (status, name) => {
    const err = caught(() => transition(status, ACTIONS[name]));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain(status);
    expect(err.message).toContain(CASE_STATUS_LABELS[status]);
    expect(err.message).toContain(ACTIONS[name].type);
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('covers all 9 statuses × 14 actions', () => {
    expect(legal.length + illegal.length).toBe(9 * 14);
    expect(legal.length).toBe(27);
  });

  it('says a terminal case is finished, and lists what is allowed otherwise', () => {
    expect(caught(() => transition('WITHDRAWN', ACTIONS.accept)).message).toContain('已终结');
    expect(caught(() => transition('REGISTERED', ACTIONS.assign)).message).toContain('当前可执行：受理');
  });
});

describe('transition: required payloads are BAD_USER_INPUT', () => {
  it.each<[string, CaseAction, string]>([
    ['reject without reason', { type: 'reject', reason: '  ' }, 'reason'],
    ['reject with a 1-character reason', { type: 'reject', reason: '否' }, 'reason'],
    ['escalate without reason', { type: 'escalate', reason: '' }, 'reason'],
    ['reopen without reason', { type: 'reopen', reason: '' }, 'reason'],
    ['reroute without reason', { type: 'reroute', reason: '', departmentId: 'd' }, 'reason'],
    ['reroute without department', { type: 'reroute', reason: '不属于本部门', departmentId: ' ' }, 'departmentId'],
    ['transfer without reason', { type: 'transfer', reason: ' ', toStepKey: 'TOWN_CENTER' }, 'reason'],
    ['transfer without target', { type: 'transfer', reason: '不属于本级', toStepKey: '' }, 'routeToLevel'],
    ['refer with an unknown route', { type: 'refer', route: 'MEDIATION' as never }, 'route'],
    ['an unknown outcome', { type: 'recordOutcome', outcome: 'PARTIAL' as never }, 'outcome'],
    ['merge without target', { type: 'merge', mergedInto: '' }, 'mergedInto'],
    ['withdraw with a blank reason', { type: 'withdraw', reason: ' ' }, 'reason'],
    ['an unknown action', { type: 'archive' } as never, 'action'],
  ])('%s', (_label, action, field) => {
    const err = caught(() => transition('ASSIGNED', action));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.field).toBe(field);
  });

  it('accepts a reason-less withdraw', () => {
    expect(transition('REGISTERED', { type: 'withdraw' })).toBe('WITHDRAWN');
    expect(transition('REGISTERED', { type: 'withdraw', reason: '双方已私下和解' })).toBe('WITHDRAWN');
  });
});

describe('allowedActions / isOpen / isTerminal', () => {
  it.each(CASE_STATUSES)('allowedActions(%s) matches the table', (status) => {
    const expected = [...new Set(Object.keys(LEGAL[status]).map((n) => n.split(':')[0]))];
    expect(allowedActions(status).sort()).toEqual(expected.sort());
    expect(allowedActions(status).every((a) => CASE_ACTION_TYPES.includes(a))).toBe(true);
  });

  it.each([
    ['REGISTERED', true, false],
    ['ACCEPTED', true, false],
    ['ASSIGNED', true, false],
    ['IN_MEDIATION', true, false],
    ['RESOLVED', false, false],
    ['REFERRED', false, false],
    ['CLOSED', false, false],
    ['REJECTED', false, true],
    ['WITHDRAWN', false, true],
  ] as const)('%s: open %s, terminal %s', (status, open, terminal) => {
    expect(isOpen(status)).toBe(open);
    expect(isTerminal(status)).toBe(terminal);
  });

  it('withdraw and merge are possible exactly from the open statuses', () => {
    for (const s of CASE_STATUSES) {
      expect(allowedActions(s).includes('withdraw')).toBe(isOpen(s));
      expect(allowedActions(s).includes('merge')).toBe(isOpen(s));
    }
  });
});

describe('applyAction: mediationFailed and the ladder', () => {
  const at = (status: CaseStatus, stepKey = 'TOWN_CENTER', mediationFailed = false): CaseState => ({ status, stepKey, mediationFailed });

  it('a failed mediation goes back to ASSIGNED with mediationFailed', () => {
    expect(applyAction(at('IN_MEDIATION'), ACTIONS['recordOutcome:FAILED'], DEFAULT_LADDER)).toEqual(at('ASSIGNED', 'TOWN_CENTER', true));
  });

  it('a successful mediation resolves', () => {
    expect(applyAction(at('IN_MEDIATION'), ACTIONS['recordOutcome:RESOLVED'], DEFAULT_LADDER)).toEqual(at('RESOLVED'));
  });

  it.each([
    ['startMediation', at('IN_MEDIATION')],
    ['assign', at('ASSIGNED', 'TOWN_CENTER', true)],
    ['escalate', at('ACCEPTED', 'TOWN_GOVERNMENT')],
    ['refer', at('REFERRED')],
    ['withdraw', at('WITHDRAWN')],
    ['merge', at('WITHDRAWN')],
  ])('after a failure, %s is allowed', (name, expected) => {
    expect(applyAction(at('ASSIGNED', 'TOWN_CENTER', true), ACTIONS[name], DEFAULT_LADDER)).toEqual(expected);
  });

  it('after a failure, reroute is a CONFLICT that explains what is possible', () => {
    const err = caught(() => applyAction(at('ASSIGNED', 'TOWN_CENTER', true), ACTIONS.reroute, DEFAULT_LADDER));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('调解未成功');
  });

  it('allowedActionsFor lists only retry, escalate, refer, withdraw, merge after a failure', () => {
    expect(allowedActionsFor(at('ASSIGNED', 'TOWN_CENTER', true), DEFAULT_LADDER).sort()).toEqual(
      ['assign', 'escalate', 'merge', 'refer', 'startMediation', 'withdraw'].sort(),
    );
  });

  it('escalation moves up one step, back to ACCEPTED (the new center’s queue)', () => {
    expect(applyAction(at('ASSIGNED', 'GRID'), ACTIONS.escalate, DEFAULT_LADDER)).toEqual(at('ACCEPTED', 'VILLAGE_COMMITTEE'));
    expect(applyAction(at('ACCEPTED', 'TOWN_GOVERNMENT'), ACTIONS.escalate, DEFAULT_LADDER)).toEqual(at('ACCEPTED', 'COUNTY_CENTER'));
  });

  it('escalation at the top of the ladder is a CONFLICT', () => {
    const err = caught(() => applyAction(at('ASSIGNED', 'COUNTY_CENTER'), ACTIONS.escalate, DEFAULT_LADDER));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('最高一级');
    expect(allowedActionsFor(at('ASSIGNED', 'COUNTY_CENTER'), DEFAULT_LADDER)).not.toContain('escalate');
    expect(allowedActionsFor(at('ASSIGNED', 'TOWN_GOVERNMENT'), DEFAULT_LADDER)).toContain('escalate');
  });

  it('escalation is not possible during mediation: the outcome is recorded first', () => {
    expect(caught(() => applyAction(at('IN_MEDIATION'), ACTIONS.escalate, DEFAULT_LADDER)).code).toBe('CONFLICT');
  });

  it('an unknown step (ladder reconfigured) blocks escalation but nothing else', () => {
    const state = at('ASSIGNED', 'OLD_STEP');
    expect(caught(() => applyAction(state, ACTIONS.escalate, DEFAULT_LADDER)).code).toBe('CONFLICT');
    expect(allowedActionsFor(state, DEFAULT_LADDER)).not.toContain('escalate');
    expect(applyAction(state, ACTIONS.startMediation, DEFAULT_LADDER)).toEqual(at('IN_MEDIATION', 'OLD_STEP'));
  });

  it('reopening returns to ACCEPTED at the same step', () => {
    expect(applyAction(at('CLOSED', 'TOWN_CENTER'), ACTIONS.reopen, DEFAULT_LADDER)).toEqual(at('ACCEPTED', 'TOWN_CENTER'));
    expect(applyAction(at('RESOLVED', 'GRID'), ACTIONS.reopen, DEFAULT_LADDER)).toEqual(at('ACCEPTED', 'GRID'));
  });

  it('agrees with transition on every legal status-level move', () => {
    for (const [status, name, to] of legal) {
      expect(applyAction(at(status), ACTIONS[name], DEFAULT_LADDER).status).toBe(to);
    }
  });

  it('walks a whole case: intake at the grid, failure, escalation, resolution at the town, close', () => {
    let s: CaseState = at('REGISTERED', 'GRID');
    const steps: CaseAction[] = [
      ACTIONS.accept, ACTIONS.assign, ACTIONS.startMediation, ACTIONS['recordOutcome:FAILED'], ACTIONS.escalate,
      ACTIONS.assign, ACTIONS.startMediation, ACTIONS['recordOutcome:FAILED'], ACTIONS.escalate,
      ACTIONS.assign, ACTIONS.startMediation, ACTIONS['recordOutcome:RESOLVED'], ACTIONS.close,
    ];
    const trail = steps.map((a) => (s = applyAction(s, a, DEFAULT_LADDER))).map((x) => `${x.status}@${x.stepKey}`);
    expect(trail.slice(-4)).toEqual(['ASSIGNED@TOWN_CENTER', 'IN_MEDIATION@TOWN_CENTER', 'RESOLVED@TOWN_CENTER', 'CLOSED@TOWN_CENTER']);
    expect(trail[4]).toBe('ACCEPTED@VILLAGE_COMMITTEE');
  });
});

describe('dispatchEventKind', () => {
  it.each([
    ['accept', 'CASE_ACCEPTED'],
    ['reject', 'CASE_REJECTED'],
    ['transfer', 'CASE_REROUTED'],
    ['assign', 'CASE_ASSIGNED'],
    ['reroute', 'CASE_REROUTED'],
    ['startMediation', 'MEDIATION_STARTED'],
    ['recordOutcome:RESOLVED', 'CASE_RESOLVED'],
    ['recordOutcome:FAILED', 'MEDIATION_FAILED'],
    ['escalate', 'CASE_ESCALATED'],
    ['refer', 'CASE_REFERRED'],
    ['close', 'CASE_CLOSED'],
    ['withdraw', 'CASE_WITHDRAWN'],
    ['reopen', 'CASE_REOPENED'],
    ['merge', 'CASE_MERGED'],
  ])('%s → %s', (name, kind) => {
    expect(dispatchEventKind(ACTIONS[name])).toBe(kind);
  });

  it('every action has a kind from the platform list', () => {
    for (const a of Object.values(ACTIONS)) expect(DISPATCH_EVENT_KINDS).toContain(dispatchEventKind(a));
  });
});

describe('transfer (rejected at a level it does not belong to, routed to another)', () => {
  const at = (status: CaseStatus, stepKey: string): CaseState => ({ status, stepKey, mediationFailed: false });

  it('goes back to REGISTERED at the first step of the target level, up or down', () => {
    const up = transferStep(DEFAULT_LADDER, 'VILLAGE_COMMITTEE', 'VILLAGE', 'TOWN');
    expect(up).toBe('TOWN_CENTER');
    expect(applyAction(at('REGISTERED', 'VILLAGE_COMMITTEE'), { type: 'transfer', reason: '不属于村级', toStepKey: up }, DEFAULT_LADDER))
      .toEqual(at('REGISTERED', 'TOWN_CENTER'));
    expect(transferStep(DEFAULT_LADDER, 'COUNTY_CENTER', 'VILLAGE', 'VILLAGE')).toBe('VILLAGE_COMMITTEE');
    expect(transferStep(DEFAULT_LADDER, 'TOWN_CENTER', 'GRID', 'COUNTY')).toBe('COUNTY_CENTER');
  });

  it('refuses a transfer to the level already handling it, or below the case region', () => {
    expect(caught(() => transferStep(DEFAULT_LADDER, 'TOWN_CENTER', 'VILLAGE', 'TOWN')).field).toBe('routeToLevel');
    expect(caught(() => transferStep(DEFAULT_LADDER, 'GRID', 'GRID', 'VILLAGE')).field).toBe('routeToLevel');
    expect(caught(() => transferStep(DEFAULT_LADDER, 'COUNTY_CENTER', 'COUNTY', 'TOWN')).field).toBe('routeToLevel');
    expect(caught(() => transferStep(DEFAULT_LADDER, 'COUNTY_CENTER', 'TOWN', 'VILLAGE')).field).toBe('routeToLevel');
  });

  it('is not possible once the case is assigned (then it is a reroute)', () => {
    const err = caught(() => applyAction(at('ASSIGNED', 'TOWN_CENTER'), ACTIONS.transfer, DEFAULT_LADDER));
    expect(err.code).toBe('CONFLICT');
  });
});
