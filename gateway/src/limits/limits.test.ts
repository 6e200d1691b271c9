import { parse } from 'graphql';
import { measureOperation, RateLimiter } from './limits';

describe('measureOperation', () => {
  it('counts depth through fields, fragments and inline fragments', () => {
    const doc = parse(`query Q { a { b { ...F } } } fragment F on B { c { d } ... on B { e { f { g } } } }`);
    expect(measureOperation(doc, 'Q').depth).toBe(4); // a{ b{ e{ f{ g
  });

  it('multiplies a list field by its `first` (literal or variable)', () => {
    const literal = measureOperation(parse(`{ cases(first: 100) { edges { node { id code } } } }`), null);
    const variable = measureOperation(parse(`query($n: Int) { cases(first: $n) { edges { node { id code } } } }`), null, { n: 100 });
    expect(literal.cost).toBe(variable.cost);
    const small = measureOperation(parse(`{ cases(first: 10) { edges { node { id code } } } }`), null);
    expect(literal.cost).toBeGreaterThan(small.cost * 5);
  });

  it('measures only the named operation', () => {
    const doc = parse(`query A { x } query B { y { z { w } } }`);
    expect(measureOperation(doc, 'A').depth).toBe(0);
    expect(measureOperation(doc, 'B').depth).toBe(2);
  });
});

describe('RateLimiter', () => {
  it('lets `perMinute` requests through, refuses the next, refills over time', () => {
    const rl = new RateLimiter(3);
    const t0 = 1_000_000;
    expect([rl.take('k', t0), rl.take('k', t0), rl.take('k', t0), rl.take('k', t0)]).toEqual([true, true, true, false]);
    expect(rl.take('other', t0)).toBe(true);
    expect(rl.take('k', t0 + 20_000)).toBe(true); // one token back after a third of a minute
    expect(rl.take('k', t0 + 20_000)).toBe(false);
  });
});
