import { ValidationErrors } from '@zz/common';
import { findSelfIntersection, pgPolygonToGeoJson, ringContains, ringToPgPolygon, signedArea, validatePolygon, MAX_RING_POSITIONS, type Position } from './polygon';

const square: Position[] = [[116.5, 24.2], [116.51, 24.2], [116.51, 24.21], [116.5, 24.21], [116.5, 24.2]];
const poly = (ring: unknown, extra: unknown[] = []) => ({ type: 'Polygon', coordinates: [ring, ...extra] });

function check(value: unknown): { ring: Position[] | null; problems: { field: string; message: string }[] } {
  const errors = new ValidationErrors();
  const ring = validatePolygon(value, 'input.boundary', errors);
  return { ring, problems: errors.problems };
}

describe('validatePolygon', () => {
  it('accepts a closed simple ring, counter-clockwise or clockwise', () => {
    expect(check(poly(square)).ring).toEqual(square);
    expect(check(poly([...square].reverse())).problems).toEqual([]);
  });

  it('accepts an altitude as a third number and drops it', () => {
    const r = check(poly(square.map(([x, y]) => [x, y, 12])));
    expect(r.problems).toEqual([]);
    expect(r.ring![0]).toEqual([116.5, 24.2]);
  });

  it('accepts a concave (L-shaped) ring', () => {
    const l: Position[] = [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]];
    expect(check(poly(l)).problems).toEqual([]);
  });

  it.each([
    ['not an object', 'x', 'input.boundary'],
    ['null', null, 'input.boundary'],
    ['another geometry type', { type: 'Point', coordinates: [1, 2] }, 'input.boundary.type'],
    ['no rings', { type: 'Polygon', coordinates: [] }, 'input.boundary.coordinates'],
    ['coordinates not an array', { type: 'Polygon', coordinates: 'x' }, 'input.boundary.coordinates'],
    ['a hole', poly(square, [square]), 'input.boundary.coordinates.1'],
    ['a ring that is not an array', poly(7), 'input.boundary.coordinates.0'],
    ['three positions', poly([[0, 0], [1, 0], [0, 0]]), 'input.boundary.coordinates.0'],
    ['too many positions', poly(Array.from({ length: MAX_RING_POSITIONS + 1 }, (_, i) => [i, 0])), 'input.boundary.coordinates.0'],
  ])('refuses %s', (_, value, field) => {
    const r = check(value);
    expect(r.ring).toBeNull();
    expect(r.problems.map((p) => p.field)).toEqual([field]);
  });

  it('names every malformed or out-of-range position', () => {
    const r = check(poly([[0, 0], [181, 0], [1, 'a'], [0, -91], [1, 1, 1, 1], [0, 0]]));
    expect(r.problems.map((p) => p.field)).toEqual([
      'input.boundary.coordinates.0.1', 'input.boundary.coordinates.0.2', 'input.boundary.coordinates.0.3', 'input.boundary.coordinates.0.4',
    ]);
    expect(r.problems[0].message).toMatch(/经度/);
    expect(r.problems[2].message).toMatch(/纬度/);
  });

  it('refuses NaN and Infinity', () => {
    expect(check(poly([[0, 0], [NaN, 0], [1, 1], [0, 0]])).problems[0].field).toBe('input.boundary.coordinates.0.1');
    expect(check(poly([[0, 0], [Infinity, 0], [1, 1], [0, 0]])).problems[0].field).toBe('input.boundary.coordinates.0.1');
  });

  it('refuses a ring that is not closed', () => {
    const r = check(poly([[0, 0], [1, 0], [1, 1], [0, 1]]));
    expect(r.problems).toEqual([{ field: 'input.boundary.coordinates.0', message: expect.stringMatching(/闭合|not closed/) }]);
  });

  it('refuses repeated consecutive positions, naming them', () => {
    const r = check(poly([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]]));
    expect(r.problems.map((p) => p.field)).toEqual(['input.boundary.coordinates.0.2']);
  });

  it('refuses fewer than three distinct vertices (a there-and-back line)', () => {
    expect(check(poly([[0, 0], [1, 0], [0, 0], [1, 0], [0, 0]])).ring).toBeNull();
  });

  it('refuses a self-intersecting bow tie', () => {
    const r = check(poly([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/自相交|not simple/);
  });

  it('refuses a ring that touches itself at a vertex (figure eight)', () => {
    const eight: Position[] = [[0, 0], [1, 1], [2, 0], [2, 2], [1, 1], [0, 2], [0, 0]];
    expect(check(poly(eight)).ring).toBeNull();
  });

  it('refuses a spike (an edge folding back on the previous one)', () => {
    const spike: Position[] = [[0, 0], [2, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(findSelfIntersection(spike)).not.toBeNull();
    expect(check(poly(spike)).ring).toBeNull();
  });

  it('refuses a zero-area ring of collinear points', () => {
    expect(check(poly([[0, 0], [1, 0], [2, 0], [0, 0]])).ring).toBeNull();
  });
});

describe('geometry helpers', () => {
  it('signed area is positive for counter-clockwise rings', () => {
    expect(signedArea([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBe(2);
    expect(signedArea([[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]])).toBe(-2);
  });

  it('round-trips a ring through the PostgreSQL polygon text', () => {
    const text = ringToPgPolygon(square);
    expect(text).toBe('((116.5,24.2),(116.51,24.2),(116.51,24.21),(116.5,24.21))');
    expect(pgPolygonToGeoJson(text)).toEqual({ type: 'Polygon', coordinates: [square] });
  });

  it('parses negative and exponent numbers', () => {
    expect(pgPolygonToGeoJson('((-1.5,2e-7),(3,4),(5,-6))').coordinates[0]).toEqual([[-1.5, 2e-7], [3, 4], [5, -6], [-1.5, 2e-7]]);
  });

  it('ringContains is boundary-inclusive like PostgreSQL', () => {
    const r: Position[] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(ringContains(r, [1, 1])).toBe(true);
    expect(ringContains(r, [2, 1])).toBe(true);
    expect(ringContains(r, [0, 0])).toBe(true);
    expect(ringContains(r, [2.1, 1])).toBe(false);
  });
});
