/**
 * The hand-counted statistics fixture that both the pure computation (src/domain/stats.test.ts) and
 * the SQL over the read model (stats.int.test.ts) are checked against, so the two agree by construction.
 */
import type { StatsRow } from '../src/domain/stats';

// March 2026 in China Standard Time: [03-01 00:00 CST, 04-01 00:00 CST).
export const FROM = new Date('2026-02-28T16:00:00Z');
export const TO = new Date('2026-03-31T16:00:00Z');
export const MID = new Date('2026-03-10T02:00:00Z');
export const LATER = new Date('2026-03-20T02:00:00Z');

export type Spec = [
  id: string,
  region: string,
  channel: StatsRow['channel'],
  type: StatsRow['type'],
  dept: string | null,
  status: StatsRow['status'],
  resolvedAt: boolean,
  level: StatsRow['resolvedLevel'],
  overdue: boolean,
  rating: StatsRow['rating'],
];

/*
 * The fixture: 20 cases of county 441422 received in March (town A = 441422100, town B = 441422200)
 * plus 4 that must be left out. Every expected number below is counted by hand from this table.
 */
// prettier-ignore
export const SPECS: Spec[] = [
  //  id     region          channel          type                   dept         status          resolvedAt level      overdue rating
  ['r01', '441422100001', 'WINDOW',        'NEIGHBOUR',           'd-justice',  'CLOSED',       true,  'GRID',    false, 'SATISFIED'],
  ['r02', '441422100001', 'GRID',          'NEIGHBOUR',           null,         'CLOSED',       true,  'GRID',    false, 'SATISFIED'],
  ['r03', '441422100002', 'GRID',          'MARRIAGE_FAMILY',     null,         'RESOLVED',     true,  'VILLAGE', false, null],
  ['r04', '441422100002', 'HOTLINE_12345', 'PROPERTY_MANAGEMENT', 'd-housing',  'CLOSED',       true,  'VILLAGE', false, 'BASICALLY_SATISFIED'],
  ['r05', '441422100',    'HOTLINE_12345', 'CONSUMER',            'd-market',   'CLOSED',       true,  'TOWN',    false, 'SATISFIED'],
  ['r06', '441422100',    'HOTLINE_12345', 'CONSUMER',            'd-market',   'CLOSED',       true,  'TOWN',    true,  'UNSATISFIED'],
  ['r07', '441422100',    'POLICE_110',    'TRAFFIC_ACCIDENT',    'd-police',   'RESOLVED',     true,  'TOWN',    false, null],
  ['r08', '441422100001', 'POLICE_110',    'NEIGHBOUR',           'd-police',   'CLOSED',       true,  'VILLAGE', false, 'SATISFIED'],
  ['r09', '441422',       'WINDOW',        'LABOUR_WAGES',        'd-hr',       'CLOSED',       true,  'COUNTY',  true,  'SATISFIED'],
  ['r10', '441422',       'PETITION',      'LAND',                'd-petition', 'REFERRED',     false, null,      true,  null],
  // referred to court, then closed: closed but not resolved
  ['r11', '441422',       'COURT',         'DEBT',                'd-court',    'CLOSED',       false, null,      false, 'UNSATISFIED'],
  // resolved once, then reopened: not resolved now, its stale level does not count
  ['r12', '441422200',    'HOTLINE_12345', 'LABOUR_WAGES',        'd-hr',       'IN_MEDIATION', true,  'TOWN',    true,  null],
  ['r13', '441422200001', 'WINDOW',        'NEIGHBOUR',           'd-justice',  'RESOLVED',     true,  'VILLAGE', false, null],
  ['r14', '441422200001', 'ONLINE',        'PROPERTY_MANAGEMENT', 'd-housing',  'ASSIGNED',     false, null,      true,  null],
  ['r15', '441422200',    'HOTLINE_12345', 'CONSUMER',            'd-market',   'CLOSED',       true,  'TOWN',    false, 'SATISFIED'],
  ['r16', '441422200002', 'GRID',          'MARRIAGE_FAMILY',     null,         'CLOSED',       true,  'GRID',    false, 'SATISFIED'],
  ['r17', '441422200002', 'WINDOW',        'DEBT',                null,         'REJECTED',     false, null,      false, null],
  ['r18', '441422100003', 'ONLINE',        'NEIGHBOUR',           null,         'WITHDRAWN',    false, null,      false, null],
  ['r19', '441422100003', 'GRID',          'NEIGHBOUR',           null,         'CLOSED',       true,  'GRID',    false, 'BASICALLY_SATISFIED'],
  ['r20', '441422',       'WINDOW',        'MARRIAGE_FAMILY',     null,         'REGISTERED',   false, null,      false, null],
  // left out: another county, just before `from`, exactly at `to`
  ['x1', '441423100001', 'WINDOW', 'NEIGHBOUR', null, 'CLOSED', true, 'VILLAGE', false, 'SATISFIED'],
  ['x2', '441422100001', 'WINDOW', 'NEIGHBOUR', null, 'CLOSED', true, 'VILLAGE', false, 'UNSATISFIED'],
  ['x3', '441422100001', 'WINDOW', 'NEIGHBOUR', null, 'CLOSED', true, 'VILLAGE', false, 'UNSATISFIED'],
  ['x4', '441423', 'PETITION', 'LAND', 'd-petition', 'IN_MEDIATION', false, null, true, null],
];

/**
 * The mode each case is settled in at the end of its story (化解方式; every case starts INSTANT at
 * intake, as the cases subgraph does). r18 has none: its events predate the mode (a legacy row).
 */
// prettier-ignore
export const MODE_OF: Record<string, StatsRow['resolutionMode']> = {
  r01: 'INSTANT', r02: 'INSTANT', r03: 'INSTANT', r04: 'PROFESSIONAL', r05: 'PROFESSIONAL', r06: 'PROFESSIONAL', r07: 'INSTANT',
  r08: 'INSTANT', r09: 'JOINT', r10: 'ADMINISTRATIVE_REVIEW', r11: 'LITIGATION', r12: 'JOINT', r13: 'INSTANT', r14: 'PROFESSIONAL',
  r15: 'PROFESSIONAL', r16: 'INSTANT', r17: 'INSTANT', r18: null, r19: 'INSTANT', r20: 'INSTANT',
  x1: 'INSTANT', x2: 'INSTANT', x3: 'INSTANT', x4: 'JOINT',
};

/** 领导包案: the cases a leader took (x4 lies outside the county). */
export const LED_BY_LEADER: Record<string, string> = {
  r09: '00000000-0000-4000-8000-00000000001e', r10: '00000000-0000-4000-8000-00000000001e', r12: '00000000-0000-4000-8000-00000000002e',
  x4: '00000000-0000-4000-8000-00000000003e',
};

/** r01 is received exactly at `from` (inside the half-open period), x2 just before it, x3 exactly at `to`. */
export const receivedAtOf = (id: string): Date => (id === 'r01' ? FROM : id === 'x2' ? new Date(FROM.getTime() - 1) : id === 'x3' ? TO : MID);

/** Accepted in the fixture's story: all but the rejected (r17), the withdrawn before acceptance (r18) and the waiting (r20). */
export const acceptedInFixture = (status: StatsRow['status']): boolean => !['REGISTERED', 'REJECTED', 'WITHDRAWN'].includes(status);
