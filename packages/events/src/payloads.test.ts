/**
 * The kinds list of the log is the DispatchEventKind enum of the composed schema: the package sits
 * below the services and cannot import their generated types, so this test holds the two equal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { CASE_EVENT_KINDS, DISPATCH_EVENT_KINDS } from './payloads';

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
});
