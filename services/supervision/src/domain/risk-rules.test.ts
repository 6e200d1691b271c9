import {
  RISK_LEVEL_NAMES,
  RISK_RULES,
  RISK_RULE_NAMES,
  type RiskCaseFacts,
  type RiskHit,
  SPRING_FESTIVAL_DATES,
  evaluateRisk,
  highestLevel,
} from './risk-rules';

const DAY = 24 * 3600_000;
const NOW = new Date('2026-06-15T02:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

let seq = 0;
function facts(over: Partial<RiskCaseFacts> = {}): RiskCaseFacts {
  seq++;
  return {
    caseId: `case-${seq}`,
    code: `ZZ441422-2026-${String(seq).padStart(5, '0')}`,
    regionCode: '441422100001',
    type: 'NEIGHBOUR',
    channel: 'WINDOW',
    receivedAt: NOW,
    applicantCount: 1,
    partyKeys: ['phone:13800000001'],
    escalationCount: 0,
    amountInDispute: null,
    status: 'ACCEPTED',
    ...over,
  };
}

const only = (hits: RiskHit[], rule: string) => hits.filter((h) => h.rule === rule);
const levelOf = (hits: RiskHit[], rule: string) => only(hits, rule)[0]?.level ?? null;

describe('nothing to warn about', () => {
  it('raises no hit for an ordinary case', () => {
    expect(evaluateRisk(facts(), [], NOW)).toEqual([]);
  });

  it.each(['CLOSED', 'REJECTED', 'WITHDRAWN'] as const)('raises no hit for a %s case', (status) => {
    expect(evaluateRisk(facts({ status, applicantCount: 50, escalationCount: 3 }), [], NOW)).toEqual([]);
  });

  it.each(['RESOLVED', 'REFERRED', 'REGISTERED', 'IN_MEDIATION'] as const)('still evaluates a %s case', (status) => {
    expect(levelOf(evaluateRisk(facts({ status, applicantCount: 50 }), [], NOW), 'GROUP_DISPUTE')).toBe('RED');
  });
});

describe('REPEAT_PARTY', () => {
  const key = 'id:441422199001011234';
  const others = (n: number, over: Partial<RiskCaseFacts> = {}) =>
    Array.from({ length: n }, (_, i) => facts({ partyKeys: [key], receivedAt: daysAgo(i + 1), ...over }));

  it('needs 3 cases of the same party within 30 days (this one included)', () => {
    const subject = facts({ partyKeys: [key] });
    expect(only(evaluateRisk(subject, others(1), NOW), 'REPEAT_PARTY')).toEqual([]);
    expect(evaluateRisk(subject, others(2), NOW)).toEqual([
      {
        rule: 'REPEAT_PARTY',
        level: 'YELLOW',
        reason: '同一当事人近30日内涉及3起矛盾纠纷（含本案）',
        dedupeKey: `${subject.caseId}:REPEAT_PARTY:YELLOW`,
      },
    ]);
  });

  it('turns ORANGE at 5', () => {
    const subject = facts({ partyKeys: [key] });
    expect(levelOf(evaluateRisk(subject, others(3), NOW), 'REPEAT_PARTY')).toBe('YELLOW');
    const hits = evaluateRisk(subject, others(4), NOW);
    expect(only(hits, 'REPEAT_PARTY')).toEqual([
      expect.objectContaining({ level: 'ORANGE', dedupeKey: `${subject.caseId}:REPEAT_PARTY:ORANGE`, reason: expect.stringContaining('5起') }),
    ]);
    expect(levelOf(evaluateRisk(subject, others(9), NOW), 'REPEAT_PARTY')).toBe('ORANGE');
  });

  it('counts the window inclusively, 30 days back from now, and ignores later cases', () => {
    const subject = facts({ partyKeys: [key] });
    const edge = facts({ partyKeys: [key], receivedAt: daysAgo(30) });
    const tooOld = facts({ partyKeys: [key], receivedAt: new Date(daysAgo(30).getTime() - 1) });
    const future = facts({ partyKeys: [key], receivedAt: new Date(NOW.getTime() + 1) });
    const recent = facts({ partyKeys: [key], receivedAt: daysAgo(3) });
    expect(levelOf(evaluateRisk(subject, [edge, recent], NOW), 'REPEAT_PARTY')).toBe('YELLOW');
    expect(levelOf(evaluateRisk(subject, [tooOld, recent, future], NOW), 'REPEAT_PARTY')).toBeNull();
  });

  it('gives an old case no hit once it has left the window', () => {
    const old = facts({ partyKeys: [key], receivedAt: daysAgo(40) });
    expect(levelOf(evaluateRisk(old, others(4), NOW), 'REPEAT_PARTY')).toBeNull();
    // …but the same facts evaluated when it was received do hit.
    const then = daysAgo(40);
    const before = [1, 2].map((d) => facts({ partyKeys: [key], receivedAt: new Date(then.getTime() - d * DAY) }));
    expect(levelOf(evaluateRisk(old, before, then), 'REPEAT_PARTY')).toBe('YELLOW');
  });

  it('counts per party key and takes the busiest party', () => {
    const subject = facts({ partyKeys: ['a', 'b'] });
    const history = [
      facts({ partyKeys: ['a'], receivedAt: daysAgo(1) }),
      facts({ partyKeys: ['b'], receivedAt: daysAgo(2) }),
      facts({ partyKeys: ['x'], receivedAt: daysAgo(2) }),
    ];
    // a: 2 cases, b: 2 cases — no single party reaches 3
    expect(levelOf(evaluateRisk(subject, history, NOW), 'REPEAT_PARTY')).toBeNull();
    history.push(facts({ partyKeys: ['b', 'c'], receivedAt: daysAgo(5) }));
    expect(levelOf(evaluateRisk(subject, history, NOW), 'REPEAT_PARTY')).toBe('YELLOW');
  });

  it('counts a case once, whatever it repeats, and ignores rejected registrations and blank keys', () => {
    const subject = facts({ partyKeys: [key, ''] });
    const one = facts({ partyKeys: [key], receivedAt: daysAgo(1) });
    const history = [
      one,
      one,
      { ...subject }, // the subject itself, as the caller's query may return it
      facts({ partyKeys: [key], receivedAt: daysAgo(2), status: 'REJECTED' }),
      facts({ partyKeys: [''], receivedAt: daysAgo(2) }),
      facts({ partyKeys: [''], receivedAt: daysAgo(3) }),
    ];
    expect(levelOf(evaluateRisk(subject, history, NOW), 'REPEAT_PARTY')).toBeNull();
  });

  it('never quotes the party key in the reason', () => {
    const subject = facts({ partyKeys: [key] });
    for (const hit of evaluateRisk(subject, others(6), NOW)) expect(hit.reason).not.toContain('441422199001011234');
  });
});

describe('GROUP_DISPUTE', () => {
  it.each([
    [9, null],
    [10, 'ORANGE'],
    [14, 'ORANGE'], // the refund case with 14 claimants
    [29, 'ORANGE'],
    [30, 'RED'],
    [120, 'RED'],
  ] as const)('%i applicants → %p', (applicantCount, level) => {
    expect(levelOf(evaluateRisk(facts({ applicantCount }), [], NOW), 'GROUP_DISPUTE')).toBe(level);
  });

  it('says how many applicants', () => {
    expect(only(evaluateRisk(facts({ applicantCount: 14 }), [], NOW), 'GROUP_DISPUTE')[0].reason).toBe('群体性纠纷，申请人14人');
  });
});

describe('PRE_FESTIVAL_WAGES', () => {
  // Spring Festival 2026-02-17: the window is 2026-01-20 … 2026-02-16, local dates (CST).
  const wages = (receivedAt: string, over: Partial<RiskCaseFacts> = {}) =>
    facts({ type: 'LABOUR_WAGES', receivedAt: new Date(receivedAt), ...over });
  const at = (f: RiskCaseFacts) => levelOf(evaluateRisk(f, [], new Date(f.receivedAt.getTime() + 3600_000)), 'PRE_FESTIVAL_WAGES');

  it.each([
    ['2026-01-19T15:59:59Z', null], // 01-19 23:59 CST: a day too early
    ['2026-01-19T16:00:00Z', 'YELLOW'], // 01-20 00:00 CST: 28 days before
    ['2026-02-10T02:00:00Z', 'YELLOW'],
    ['2026-02-16T15:59:59Z', 'YELLOW'], // 除夕 23:59 CST
    ['2026-02-16T16:00:00Z', null], // 春节 itself
    ['2026-03-01T02:00:00Z', null],
  ] as const)('received %s → %p', (receivedAt, level) => {
    expect(at(wages(receivedAt))).toBe(level);
  });

  it('covers construction payments too, but no other type', () => {
    expect(at(wages('2026-02-10T02:00:00Z', { type: 'CONSTRUCTION_PAYMENT' }))).toBe('YELLOW');
    expect(at(wages('2026-02-10T02:00:00Z', { type: 'DEBT' }))).toBeNull();
  });

  it('turns ORANGE for a group or an amount of 500 000 or more', () => {
    expect(at(wages('2026-02-10T02:00:00Z', { applicantCount: 9, amountInDispute: 499_999.99 }))).toBe('YELLOW');
    expect(at(wages('2026-02-10T02:00:00Z', { applicantCount: 10 }))).toBe('ORANGE');
    expect(at(wages('2026-02-10T02:00:00Z', { amountInDispute: 500_000 }))).toBe('ORANGE');
  });

  it('explains itself in Chinese', () => {
    const f = wages('2026-02-10T02:00:00Z', { type: 'CONSTRUCTION_PAYMENT', applicantCount: 23, amountInDispute: 1_286_000.5 });
    expect(only(evaluateRisk(f, [], NOW), 'PRE_FESTIVAL_WAGES')[0]).toEqual({
      rule: 'PRE_FESTIVAL_WAGES',
      level: 'ORANGE',
      reason: '春节（2026-02-17）前4周内受理的拖欠工程款纠纷，涉及23人、争议金额1,286,000.5元',
      dedupeKey: `${f.caseId}:PRE_FESTIVAL_WAGES:ORANGE`,
    });
    expect(only(evaluateRisk(wages('2026-02-10T02:00:00Z'), [], NOW), 'PRE_FESTIVAL_WAGES')[0].reason).toBe(
      '春节（2026-02-17）前4周内受理的欠薪纠纷',
    );
  });

  it('finds the festival of the next year for late-December cases (春节 2028-01-26)', () => {
    expect(at(wages('2027-12-29T02:00:00Z'))).toBe('YELLOW');
    expect(at(wages('2027-12-28T02:00:00Z'))).toBeNull();
  });

  it('knows the festivals of 2024–2030 and nothing beyond', () => {
    expect(Object.keys(SPRING_FESTIVAL_DATES).map(Number)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const date of Object.values(SPRING_FESTIVAL_DATES)) {
      const dayBefore = new Date(`${date}T02:00:00Z`).getTime() - DAY;
      expect(at(wages(new Date(dayBefore).toISOString()))).toBe('YELLOW');
    }
    expect(at(wages('2031-01-15T02:00:00Z'))).toBeNull();
  });
});

describe('ESCALATED_TWICE', () => {
  it.each([
    [0, null],
    [1, null],
    [2, 'ORANGE'],
    [3, 'RED'],
    [4, 'RED'],
  ] as const)('%i escalations → %p', (escalationCount, level) => {
    expect(levelOf(evaluateRisk(facts({ escalationCount }), [], NOW), 'ESCALATED_TWICE')).toBe(level);
  });
});

describe('REPEAT_PETITION', () => {
  const key = 'name:张三@441422100001';

  it('needs this petition and another of the same party within 90 days', () => {
    const subject = facts({ channel: 'PETITION', partyKeys: [key] });
    expect(levelOf(evaluateRisk(subject, [], NOW), 'REPEAT_PETITION')).toBeNull();
    const earlier = facts({ channel: 'PETITION', partyKeys: [key], receivedAt: daysAgo(90) });
    expect(only(evaluateRisk(subject, [earlier], NOW), 'REPEAT_PETITION')).toEqual([
      {
        rule: 'REPEAT_PETITION',
        level: 'ORANGE',
        reason: '同一当事人近90日内信访2次（含本次）',
        dedupeKey: `${subject.caseId}:REPEAT_PETITION:ORANGE`,
      },
    ]);
  });

  it('ignores petitions older than 90 days and cases of other channels', () => {
    const subject = facts({ channel: 'PETITION', partyKeys: [key] });
    const history = [
      facts({ channel: 'PETITION', partyKeys: [key], receivedAt: new Date(daysAgo(90).getTime() - 1) }),
      facts({ channel: 'WINDOW', partyKeys: [key], receivedAt: daysAgo(5) }),
      facts({ channel: 'PETITION', partyKeys: ['someone-else'], receivedAt: daysAgo(5) }),
    ];
    expect(levelOf(evaluateRisk(subject, history, NOW), 'REPEAT_PETITION')).toBeNull();
  });

  it('applies only when this case came in as a petition', () => {
    const subject = facts({ channel: 'HOTLINE_12345', partyKeys: [key] });
    const history = [1, 2].map((d) => facts({ channel: 'PETITION', partyKeys: [key], receivedAt: daysAgo(d) }));
    expect(levelOf(evaluateRisk(subject, history, NOW), 'REPEAT_PETITION')).toBeNull();
  });
});

describe('several rules together', () => {
  it('returns one hit per rule in table order, with distinct dedupe keys', () => {
    const key = 'phone:13900000000';
    const subject = facts({
      type: 'LABOUR_WAGES',
      channel: 'PETITION',
      receivedAt: new Date('2026-02-05T02:00:00Z'),
      applicantCount: 35,
      partyKeys: [key],
      escalationCount: 2,
      amountInDispute: 80_000,
    });
    const now = new Date('2026-02-05T03:00:00Z');
    const history = [3, 10, 20].map((d) => facts({ channel: 'PETITION', partyKeys: [key], receivedAt: new Date(now.getTime() - d * DAY) }));
    const hits = evaluateRisk(subject, history, now);
    expect(hits.map((h) => [h.rule, h.level])).toEqual([
      ['REPEAT_PARTY', 'YELLOW'],
      ['GROUP_DISPUTE', 'RED'],
      ['PRE_FESTIVAL_WAGES', 'ORANGE'],
      ['ESCALATED_TWICE', 'ORANGE'],
      ['REPEAT_PETITION', 'ORANGE'],
    ]);
    expect(new Set(hits.map((h) => h.dedupeKey)).size).toBe(5);
    expect(highestLevel(hits)).toBe('RED');
  });

  it('re-raises a rule only when its level rises', () => {
    const subject = facts({ escalationCount: 2 });
    const first = evaluateRisk(subject, [], NOW);
    const again = evaluateRisk(subject, [], new Date(NOW.getTime() + DAY));
    expect(again.map((h) => h.dedupeKey)).toEqual(first.map((h) => h.dedupeKey));
    const raised = evaluateRisk({ ...subject, escalationCount: 3 }, [], NOW);
    expect(raised[0].dedupeKey).not.toBe(first[0].dedupeKey);
  });
});

describe('highestLevel and names', () => {
  it('picks the most severe level, null for none', () => {
    expect(highestLevel([])).toBeNull();
    expect(highestLevel([{ level: 'YELLOW' }])).toBe('YELLOW');
    expect(highestLevel([{ level: 'YELLOW' }, { level: 'ORANGE' }, { level: 'YELLOW' }])).toBe('ORANGE');
    expect(highestLevel([{ level: 'RED' }, { level: 'ORANGE' }])).toBe('RED');
  });

  it('names every rule and level in Chinese', () => {
    for (const r of RISK_RULES) expect(RISK_RULE_NAMES[r]).toMatch(/[\u4e00-\u9fff]/);
    expect(RISK_LEVEL_NAMES).toEqual({ YELLOW: '黄色预警', ORANGE: '橙色预警', RED: '红色预警' });
  });
});
