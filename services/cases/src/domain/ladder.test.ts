import { DomainError, WorkingCalendar } from '@zz/common';
import {
  DEFAULT_LADDER,
  type Ladder,
  findStep,
  initialStep,
  isTopStep,
  ladderDays,
  nextStep,
  parseLadder,
  stepDeadline,
  summariseStepTimes,
} from './ladder';

const calendar = new WorkingCalendar();
/** Local time in China Standard Time. */
const cst = (local: string) => new Date(`${local}+08:00`);

function caught(fn: () => unknown): DomainError & { fields?: { field: string; message: string }[] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('DEFAULT_LADDER (四级七天)', () => {
  it('has the five steps with 1 + 2 + 2 + 2 = 7 working days and no deadline at the county', () => {
    expect(DEFAULT_LADDER.name).toBe('四级七天');
    expect(DEFAULT_LADDER.steps.map((s) => [s.key, s.name, s.level, s.centerLevel, s.days])).toEqual([
      ['GRID', '网格员', 'GRID', 'VILLAGE', 1],
      ['VILLAGE_COMMITTEE', '村调委', 'VILLAGE', 'VILLAGE', 2],
      ['TOWN_CENTER', '镇综治中心（司法所）', 'TOWN', 'TOWN', 2],
      ['TOWN_GOVERNMENT', '镇党委政府', 'TOWN', 'TOWN', 2],
      ['COUNTY_CENTER', '县综治中心', 'COUNTY', 'COUNTY', null],
    ]);
    expect(ladderDays(DEFAULT_LADDER)).toBe(7);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_LADDER)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LADDER.steps)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LADDER.steps[0])).toBe(true);
  });
});

describe('parseLadder', () => {
  it('accepts the default ladder as JSON text and as a value', () => {
    expect(parseLadder(JSON.stringify(DEFAULT_LADDER))).toEqual(DEFAULT_LADDER);
    expect(parseLadder(JSON.parse(JSON.stringify(DEFAULT_LADDER)))).toEqual(DEFAULT_LADDER);
  });

  it('accepts another county’s 1/7/20 ladder, defaulting level to centerLevel', () => {
    const ladder = parseLadder({
      name: '一七二十',
      steps: [
        { key: 'VILLAGE', name: '村（社区）', centerLevel: 'VILLAGE', days: 1 },
        { key: 'TOWN', name: '乡镇（街道）', centerLevel: 'TOWN', days: 7 },
        { key: 'COUNTY', name: '县综治中心', centerLevel: 'COUNTY', days: 20 },
      ],
    });
    expect(ladder.steps.map((s) => s.level)).toEqual(['VILLAGE', 'TOWN', 'COUNTY']);
    expect(ladder.steps[2].days).toBe(20);
    expect(ladderDays(ladder)).toBe(28);
    expect(Object.isFrozen(ladder.steps[1])).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['text that is not JSON', '{steps:', 'ladder'],
    ['a non-object', 42, 'ladder'],
    ['no steps', { name: 'x', steps: [] }, 'ladder.steps'],
    ['steps not a list', { name: 'x', steps: {} }, 'ladder.steps'],
  ])('rejects %s', (_label, value, field) => {
    const err = caught(() => parseLadder(value));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.field).toBe(field);
  });

  const county = { key: 'COUNTY_CENTER', name: '县综治中心', centerLevel: 'COUNTY', days: null };
  it.each<[string, unknown[], string]>([
    ['zero days', [{ key: 'A', name: '村', centerLevel: 'VILLAGE', days: 0 }, county], 'ladder.steps.0.days'],
    ['fractional days', [{ key: 'A', name: '村', centerLevel: 'VILLAGE', days: 1.5 }, county], 'ladder.steps.0.days'],
    ['no days below the top', [{ key: 'A', name: '村', centerLevel: 'VILLAGE', days: null }, county], 'ladder.steps.0.days'],
    ['a duplicate key', [{ key: 'A', name: '村', centerLevel: 'VILLAGE', days: 1 }, { ...county, key: 'A' }], 'ladder.steps.1.key'],
    ['a lower-case key', [{ key: 'village', name: '村', centerLevel: 'VILLAGE', days: 1 }, county], 'ladder.steps.0.key'],
    ['a blank name', [{ key: 'A', name: ' ', centerLevel: 'VILLAGE', days: 1 }, county], 'ladder.steps.0.name'],
    ['a GRID center', [{ key: 'A', name: '网格', centerLevel: 'GRID', days: 1 }, county], 'ladder.steps.0.centerLevel'],
    ['an unknown level', [{ key: 'A', name: '村', level: 'HAMLET', centerLevel: 'VILLAGE', days: 1 }, county], 'ladder.steps.0.level'],
    ['a level unlike its center', [{ key: 'A', name: '镇', level: 'TOWN', centerLevel: 'VILLAGE', days: 1 }, county], 'ladder.steps.0.level'],
    ['a step going down', [{ key: 'A', name: '镇', centerLevel: 'TOWN', days: 1 }, { key: 'B', name: '村', centerLevel: 'VILLAGE', days: 1 }, county], 'ladder.steps.1.level'],
    ['a grid step above a village step', [{ key: 'A', name: '村', centerLevel: 'VILLAGE', days: 1 }, { key: 'B', name: '网格', level: 'GRID', centerLevel: 'VILLAGE', days: 1 }, county], 'ladder.steps.1.level'],
    ['a top below the county', [{ key: 'A', name: '村', centerLevel: 'VILLAGE', days: 1 }, { key: 'B', name: '镇', centerLevel: 'TOWN', days: null }], 'ladder.steps.1.centerLevel'],
    ['a step that is not an object', ['GRID', county], 'ladder.steps.0'],
  ])('rejects %s, naming the field', (_label, steps, field) => {
    const err = caught(() => parseLadder({ name: '测试', steps }));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.fields?.map((f) => f.field)).toContain(field);
  });

  it('reports every problem at once', () => {
    const err = caught(() => parseLadder({ name: '', steps: [{ key: 'a', name: '', centerLevel: 'VILLAGE', days: -1 }, county] }));
    expect(err.fields?.map((f) => f.field)).toEqual(['ladder.name', 'ladder.steps.0.key', 'ladder.steps.0.name', 'ladder.steps.0.days']);
  });

  it('allows a deadline on the top step too', () => {
    expect(parseLadder({ name: 'x', steps: [{ ...county, days: 20 }] }).steps[0].days).toBe(20);
  });
});

describe('initialStep', () => {
  it.each([
    ['GRID', undefined, 'GRID'],
    ['VILLAGE', undefined, 'VILLAGE_COMMITTEE'],
    ['VILLAGE', 'WINDOW', 'VILLAGE_COMMITTEE'],
    ['VILLAGE', 'GRID', 'GRID'],
    ['TOWN', undefined, 'TOWN_CENTER'],
    ['TOWN', 'GRID', 'TOWN_CENTER'],
    ['COUNTY', 'HOTLINE_12345', 'COUNTY_CENTER'],
  ] as const)('a %s-region case (channel %s) starts at %s', (level, channel, key) => {
    expect(initialStep(DEFAULT_LADDER, level, channel).key).toBe(key);
  });

  it('a grid-region case starts at the village step of a ladder without a grid step', () => {
    const ladder = parseLadder({
      name: 'x',
      steps: [
        { key: 'VILLAGE', name: '村', centerLevel: 'VILLAGE', days: 1 },
        { key: 'COUNTY', name: '县', centerLevel: 'COUNTY', days: null },
      ],
    });
    expect(initialStep(ladder, 'GRID').key).toBe('VILLAGE');
    expect(initialStep(ladder, 'TOWN').key).toBe('COUNTY');
  });

  it('is a CONFLICT for a hand-built ladder with nothing at or above the level', () => {
    const ladder: Ladder = { name: 'x', steps: [{ key: 'V', name: '村', level: 'VILLAGE', centerLevel: 'VILLAGE', days: null }] };
    expect(caught(() => initialStep(ladder, 'COUNTY')).code).toBe('CONFLICT');
  });
});

describe('nextStep', () => {
  it('walks 网格员 → 村调委 → 镇综治中心 → 镇党委政府 → 县综治中心', () => {
    const names = ['网格员'];
    let step = initialStep(DEFAULT_LADDER, 'GRID');
    while (!isTopStep(DEFAULT_LADDER, step.key)) {
      step = nextStep(DEFAULT_LADDER, step.key);
      names.push(step.name);
    }
    expect(names).toEqual(['网格员', '村调委', '镇综治中心（司法所）', '镇党委政府', '县综治中心']);
  });

  it('is a CONFLICT at the top', () => {
    const err = caught(() => nextStep(DEFAULT_LADDER, 'COUNTY_CENTER'));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('县综治中心');
    expect(err.message).toContain('COUNTY_CENTER');
  });

  it('is a CONFLICT for a step the ladder does not have', () => {
    expect(caught(() => nextStep(DEFAULT_LADDER, 'NOPE')).code).toBe('CONFLICT');
    expect(caught(() => findStep(DEFAULT_LADDER, 'NOPE')).message).toContain('NOPE');
  });
});

describe('stepDeadline', () => {
  const step = (key: string) => findStep(DEFAULT_LADDER, key);

  it('1 working day from Friday 16:00 is Monday 16:00', () => {
    expect(stepDeadline(step('GRID'), cst('2026-11-20T16:00:00'), calendar)).toEqual(cst('2026-11-23T16:00:00'));
  });

  it('2 working days from Thursday 09:00 is Monday 09:00', () => {
    expect(stepDeadline(step('VILLAGE_COMMITTEE'), cst('2026-11-19T09:00:00'), calendar)).toEqual(cst('2026-11-23T09:00:00'));
  });

  it('skips the National Day holiday', () => {
    expect(stepDeadline(step('GRID'), cst('2026-09-30T10:00:00'), calendar)).toEqual(cst('2026-10-08T10:00:00'));
  });

  it('is null at the county (no step deadline)', () => {
    expect(stepDeadline(step('COUNTY_CENTER'), cst('2026-11-20T16:00:00'), calendar)).toBeNull();
  });
});

describe('summariseStepTimes', () => {
  it('the seven-working-day story: received Thursday at the grid, settled at the town center the next Wednesday, across a weekend', () => {
    const visits = [
      { stepKey: 'GRID', enteredAt: cst('2026-11-19T10:00:00'), leftAt: cst('2026-11-20T09:00:00') },
      { stepKey: 'VILLAGE_COMMITTEE', enteredAt: cst('2026-11-20T09:00:00'), leftAt: cst('2026-11-24T08:00:00') },
      { stepKey: 'TOWN_CENTER', enteredAt: cst('2026-11-24T08:00:00'), leftAt: cst('2026-11-25T16:00:00') },
    ];
    const summary = summariseStepTimes(visits, cst('2026-12-01T00:00:00'), calendar, DEFAULT_LADDER);

    expect(summary.steps.map((s) => [s.stepKey, s.workingDays, s.workingHours, s.exceeded])).toEqual([
      ['GRID', 0, 23, false], // Thu 10:00 → Fri 09:00
      ['VILLAGE_COMMITTEE', 1, 47, false], // Fri 15h + Mon 24h + Tue 8h; the weekend does not count
      ['TOWN_CENTER', 1, 32, false], // Tue 16h + Wed 16h
    ]);
    expect(summary.steps[1].deadlineAt).toEqual(cst('2026-11-24T09:00:00'));
    expect(summary.totalWorkingDays).toBe(4);
    expect(summary.totalWorkingHours).toBe(102);
    expect(summary.finalStep?.centerLevel).toBe('TOWN');
    expect(summary.finalStep?.name).toBe('镇综治中心（司法所）');
    expect(summary.withinLadderDays).toBe(true);
  });

  it('a Friday-afternoon grid case left on Monday morning did not exceed its 1 working day', () => {
    const summary = summariseStepTimes(
      [{ stepKey: 'GRID', enteredAt: cst('2026-11-20T16:00:00'), leftAt: cst('2026-11-23T15:00:00') }],
      cst('2026-11-30T00:00:00'),
      calendar,
      DEFAULT_LADDER,
    );
    expect(summary.steps[0]).toMatchObject({ workingDays: 0, workingHours: 23, exceeded: false, visits: 1 });
  });

  it('flags a step that overran its deadline, and an open step past its deadline', () => {
    const visits = [
      { stepKey: 'GRID', enteredAt: cst('2026-11-16T09:00:00'), leftAt: cst('2026-11-17T10:00:00') },
      { stepKey: 'VILLAGE_COMMITTEE', enteredAt: cst('2026-11-17T10:00:00'), leftAt: null },
    ];
    const before = summariseStepTimes(visits, cst('2026-11-19T09:00:00'), calendar, DEFAULT_LADDER);
    expect(before.steps.map((s) => s.exceeded)).toEqual([true, false]);
    expect(before.steps[1].leftAt).toBeNull();

    const after = summariseStepTimes(visits, cst('2026-11-19T11:00:00'), calendar, DEFAULT_LADDER);
    expect(after.steps.map((s) => s.exceeded)).toEqual([true, true]);
    expect(after.finalStep?.stepKey).toBe('VILLAGE_COMMITTEE');
  });

  it('a case that took more than seven working days to reach the county is not within the ladder days', () => {
    const visits = [
      { stepKey: 'GRID', enteredAt: cst('2026-11-16T09:00:00'), leftAt: cst('2026-11-17T09:00:00') },
      { stepKey: 'VILLAGE_COMMITTEE', enteredAt: cst('2026-11-17T09:00:00'), leftAt: cst('2026-11-19T09:00:00') },
      { stepKey: 'TOWN_CENTER', enteredAt: cst('2026-11-19T09:00:00'), leftAt: cst('2026-11-23T09:00:00') },
      { stepKey: 'TOWN_GOVERNMENT', enteredAt: cst('2026-11-23T09:00:00'), leftAt: cst('2026-11-25T10:00:00') },
      { stepKey: 'COUNTY_CENTER', enteredAt: cst('2026-11-25T10:00:00'), leftAt: null },
    ];
    const summary = summariseStepTimes(visits, cst('2026-11-27T09:00:00'), calendar, DEFAULT_LADDER);
    expect(summary.steps.map((s) => s.exceeded)).toEqual([false, false, false, true, false]);
    expect(summary.steps[4].deadlineAt).toBeNull();
    expect(summary.totalWorkingDays).toBe(9);
    expect(summary.withinLadderDays).toBe(false);
    expect(summary.finalStep?.centerLevel).toBe('COUNTY');
  });

  it('adds up repeated visits of a step and keeps steps in order of first entry', () => {
    const summary = summariseStepTimes(
      [
        { stepKey: 'TOWN_CENTER', enteredAt: cst('2026-11-23T09:00:00'), leftAt: cst('2026-11-23T12:00:00') },
        { stepKey: 'GRID', enteredAt: cst('2026-11-16T09:00:00'), leftAt: cst('2026-11-16T10:00:00') },
        { stepKey: 'TOWN_CENTER', enteredAt: cst('2026-11-24T09:00:00'), leftAt: cst('2026-11-24T10:30:00') },
      ],
      cst('2026-11-30T00:00:00'),
      calendar,
      DEFAULT_LADDER,
    );
    expect(summary.steps.map((s) => [s.stepKey, s.visits, s.workingHours])).toEqual([
      ['GRID', 1, 1],
      ['TOWN_CENTER', 2, 4.5],
    ]);
    expect(summary.steps[1].enteredAt).toEqual(cst('2026-11-23T09:00:00'));
    expect(summary.steps[1].leftAt).toEqual(cst('2026-11-24T10:30:00'));
  });

  it('keeps a step the ladder no longer has, without a deadline', () => {
    const summary = summariseStepTimes(
      [{ stepKey: 'OLD', enteredAt: cst('2026-11-16T09:00:00'), leftAt: cst('2026-11-26T09:00:00') }],
      cst('2026-11-30T00:00:00'),
      calendar,
      DEFAULT_LADDER,
    );
    expect(summary.steps[0]).toMatchObject({ stepKey: 'OLD', name: 'OLD', level: null, centerLevel: null, deadlineAt: null, exceeded: false });
  });

  it('counts a holiday week as no working time', () => {
    const summary = summariseStepTimes(
      [{ stepKey: 'GRID', enteredAt: cst('2026-10-01T09:00:00'), leftAt: cst('2026-10-07T18:00:00') }],
      cst('2026-11-30T00:00:00'),
      calendar,
      DEFAULT_LADDER,
    );
    expect(summary.steps[0]).toMatchObject({ workingDays: 0, workingHours: 0, exceeded: false });
  });

  it('counts a visit that ends before it starts as no time, and no visits as nothing', () => {
    const skew = summariseStepTimes(
      [{ stepKey: 'GRID', enteredAt: cst('2026-11-16T09:00:00'), leftAt: cst('2026-11-16T08:00:00') }],
      cst('2026-11-30T00:00:00'),
      calendar,
      DEFAULT_LADDER,
    );
    expect(skew.steps[0]).toMatchObject({ workingDays: 0, workingHours: 0, exceeded: false });
    expect(summariseStepTimes([], new Date(), calendar, DEFAULT_LADDER)).toEqual({
      steps: [], totalWorkingDays: 0, totalWorkingHours: 0, finalStep: null, withinLadderDays: true,
    });
  });
});
