/**
 * The kinds list of the log is the DispatchEventKind enum of the composed schema: the package sits
 * below the services and cannot import their generated types, so this test holds the two equal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import type { NewEvent } from './append';
import { CASE_EVENT_KINDS, DISPATCH_EVENT_KINDS } from './payloads';
import type { StoredEvent } from './read';

const SUPERGRAPH = path.resolve(__dirname, '../../../schema/supergraph.graphql');

function sdlEnumValues(name: string): string[] {
  const doc = parse(fs.readFileSync(SUPERGRAPH, 'utf8'));
  const def = doc.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name);
  if (!def || def.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error(`no enum ${name} in the supergraph`);
  return (def.values ?? []).map((v) => v.name.value);
}

describe('the kinds of the event log', () => {
  it('are the values of the DispatchEventKind enum, in its order', () => {
    expect([...DISPATCH_EVENT_KINDS]).toEqual(sdlEnumValues('DispatchEventKind'));
  });

  it('include every case kind once', () => {
    expect(new Set(CASE_EVENT_KINDS).size).toBe(CASE_EVENT_KINDS.length);
    for (const k of CASE_EVENT_KINDS) expect(DISPATCH_EVENT_KINDS).toContain(k);
  });

  // The typecheck (npm run check) is the real assertion here: each @ts-expect-error must stay an error.
  it('check each payload against its kind where events are appended and read', () => {
    const envelope = { source: 'test', regionId: 'r', regionCode: '441422' };
    const settled: NewEvent = { ...envelope, kind: 'GRID_REPORT_SETTLED', data: { gridId: 'g', note: '已就地化解' } };
    // @ts-expect-error: a GRID_REPORT_SETTLED names its grid
    const noGrid: NewEvent = { ...envelope, kind: 'GRID_REPORT_SETTLED', data: { note: '已就地化解' } };
    // @ts-expect-error: a case event carries the case snapshot, not a patrol task's fields
    const wrongShape: NewEvent = { ...envelope, kind: 'CASE_RECEIVED', data: { gridId: 'g', late: true } };
    const late = (e: StoredEvent) => (e.kind === 'PATROL_TASK_COMPLETED' ? e.data.late : null);
    // @ts-expect-error: only a PATROL_TASK_COMPLETED has `late`; a reader must check the kind first
    const unchecked = (e: StoredEvent) => e.data.late;
    expect([settled, noGrid, wrongShape].map((e) => e.kind)).toEqual(['GRID_REPORT_SETTLED', 'GRID_REPORT_SETTLED', 'CASE_RECEIVED']);
    expect([typeof late, typeof unchecked]).toEqual(['function', 'function']);
  });
});
