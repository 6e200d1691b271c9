/**
 * Through the gateway's one endpoint with a real login: the overdue board (Case references whose
 * `supervision` the planner resolves here), stats for the caller's county, and the error codes.
 * Case events are appended to the log directly (the snapshot format is the contract).
 */
import crypto from 'node:crypto';
import { appendEvents, type CaseSnapshot } from '@zz/events';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import type { SupervisionServer } from '../src/server';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(() => p?.stop());

it('serves the board, the stats and the errors through the gateway', async () => {
  const [village] = await p.sql(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' ORDER BY code LIMIT 1`);
  const [county] = await p.sql(`SELECT id FROM grid.region WHERE code = '441422'`);
  const accepted = '2026-01-05T01:00:00.000Z';
  const snapshot: CaseSnapshot = {
    id: crypto.randomUUID(), code: 'ZZ441422-2026-E2E01', title: '拖欠工资', status: 'ACCEPTED', fromStatus: 'REGISTERED', complexity: 'SIMPLE',
    type: 'LABOUR_WAGES', channel: 'HOTLINE_12345', level: 'VILLAGE', regionId: village.id, regionCode: village.code, handlingCenterId: null,
    ladderStep: null, escalationCount: 0, receivedAt: accepted, acceptedAt: accepted, resolvedAt: null, closedAt: null, resolvedLevel: null,
    leadDepartmentId: null, departmentIds: [], mediatorId: null, applicantCount: 1, partyCount: 2, partyKeys: ['k:e2e'], amountInDispute: null, reopenCount: 0,
  };
  // Its first event in the log is already an accepted snapshot (no CASE_RECEIVED before it).
  await p.dataSource('supervision').transaction((m) =>
    appendEvents(m, [{ kind: 'CASE_ACCEPTED', source: 'cases', regionId: village.id, regionCode: village.code, caseId: snapshot.id, occurredAt: new Date(accepted), data: { case: snapshot } }]),
  );
  const runtime = (p.services.supervision as SupervisionServer).runtime;
  for (let i = 0; i < 200 && (await p.sql(`SELECT 1 FROM supervision.case_read WHERE case_id = $1`, [snapshot.id])).length === 0; i++) {
    await runtime.drain();
    await new Promise((r) => setTimeout(r, 25));
  }
  expect((await runtime.tick()).overdue).toBe(1);

  const supervisor = await p.login('county-supervisor');
  const board = await p.gql(`query($r: ID!) { overdueCases(regionId: $r, first: 5) { totalCount
      edges { node { id supervision { state overdue deadlineAt letters { number kind } } } } } }`, { r: county.id }, supervisor);
  expect(board.errors).toBeUndefined();
  expect(board.data!.overdueCases).toEqual({
    totalCount: 1,
    edges: [{ node: { id: snapshot.id, supervision: { state: 'OVERDUE', overdue: true, deadlineAt: '2026-01-06T01:00:00.000Z', letters: [{ number: '大埔综治受〔2026〕1号', kind: 'ACCEPTANCE_NOTICE' }, { number: '大埔综治督〔2026〕1号', kind: 'SUPERVISION' }] } } }],
  });

  const stats = await p.gql(`query($r: ID!) { stats(regionId: $r, from: "2026-01-01T00:00:00+08:00", to: "2027-01-01T00:00:00+08:00") {
      received overdue byLevel { level share } byChannel { channel received } } }`, { r: county.id }, supervisor);
  expect(stats.errors).toBeUndefined();
  expect(stats.data!.stats).toEqual({
    received: 1, overdue: 1,
    byLevel: [{ level: 'VILLAGE', share: 0 }, { level: 'TOWN', share: 0 }, { level: 'COUNTY', share: 0 }],
    byChannel: [{ channel: 'HOTLINE_12345', received: 1 }],
  });

  const townB = await p.login('town-b-operator');
  const forbidden = await p.gql(`query($r: ID!) { overdueCases(regionId: $r) { totalCount } }`, { r: county.id }, townB);
  expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const conflict = await p.gql(`mutation($c: ID!) { recordFollowUp(caseId: $c, rating: SATISFIED) { rating } }`, { c: snapshot.id }, supervisor);
  expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const anonymous = await p.gql(`query($r: ID!) { overdueCases(regionId: $r) { totalCount } }`, { r: county.id });
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
