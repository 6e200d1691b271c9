/** The fuzzer's generators come from the schema alone: a mutation nobody wrote a generator for is fuzzed. */
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { entityTypeOf, variablesFor, type FuzzWorld } from './arbitraries';

const schema = buildSchema(`
  scalar DateTime scalar Decimal
  enum Level { TOWN VILLAGE }
  input FrobInput { caseId: ID!, leadDepartmentId: ID, when: DateTime!, amount: Decimal, tags: [String!], level: Level, phone: String }
  type Frob { id: ID! }
  type Query { x: Int }
  type Mutation { frobnicate(id: ID!, input: FrobInput!): Frob! }
`);
const field = schema.getMutationType()!.getFields().frobnicate;
const world: FuzzWorld = {
  pools: new Map([
    ['Case', [{ id: 'case-in', code: '441422100' }, { id: 'case-out', code: '441422200' }]],
    ['Department', [{ id: 'dept', code: null }]],
    ['Frob', [{ id: 'frob-in', code: '441422100001' }]],
  ]),
  points: [],
};
const caller = { username: 'town-a', regionCode: '441422100' };

describe('variablesFor', () => {
  it('guesses the entity of an id argument from its name, `id` being the return type', () => {
    expect(entityTypeOf('caseId', 'Frob', world.pools.keys())).toBe('Case');
    expect(entityTypeOf('leadDepartmentId', 'Frob', world.pools.keys())).toBe('Department');
    expect(entityTypeOf('id', 'Frob', world.pools.keys())).toBe('Frob');
    expect(entityTypeOf('staffId', 'Frob', world.pools.keys())).toBeNull();
  });

  it('valid-looking inputs use real in-scope ids and well-formed values', () => {
    for (const v of fc.sample(variablesFor(world, caller, field, 0), { numRuns: 50, seed: 1 }) as any[]) {
      expect(v.id).toBe('frob-in');
      expect(v.input.caseId).toBe('case-in');
      expect(Date.parse(v.input.when)).toBeGreaterThan(Date.now());
      if (typeof v.input.amount === 'string') expect(v.input.amount).toMatch(/^\d+\.\d{2}$/);
      if (typeof v.input.phone === 'string') expect(v.input.phone).toMatch(/^(1[3-9]\d{9}|0753-\d{7})$/);
      if (v.input.level) expect(['TOWN', 'VILLAGE']).toContain(v.input.level);
    }
  });

  it('hostile inputs include foreign real ids, unknown enum values, invalid dates and odd lists', () => {
    const samples = fc.sample(variablesFor(world, caller, field, 1), { numRuns: 400, seed: 2 }) as any[];
    const inputs = samples.map((v) => v.input).filter((i) => i && typeof i === 'object');
    expect(inputs.some((i) => i.caseId === 'case-out')).toBe(true);
    expect(inputs.some((i) => typeof i.level === 'string' && !['TOWN', 'VILLAGE'].includes(i.level))).toBe(true);
    expect(inputs.some((i) => typeof i.when === 'string' && Number.isNaN(Date.parse(i.when)))).toBe(true);
    expect(inputs.some((i) => Array.isArray(i.tags) && i.tags.length >= 201)).toBe(true);
    expect(samples.some((v) => v.id === null)).toBe(true);
  });
});
