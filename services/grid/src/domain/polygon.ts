/**
 * Grid boundaries: GeoJSON Polygon in and out, PostgreSQL `polygon` in the database.
 *
 * Decisions:
 * - Only the exterior ring is accepted: PostgreSQL's `polygon` has no holes, and a grid is one
 *   contiguous piece of land. A Polygon with holes is refused (field `…coordinates.1`), not silently cut.
 * - A ring is a closed simple ring: at least 4 positions, the first equal to the last, no two
 *   consecutive positions equal, no self-intersection or self-touching (a vertex on another edge counts),
 *   and a non-zero area. Both orientations are accepted (RFC 7946 recommends counter-clockwise but
 *   tells parsers not to reject the other); output keeps the stored order.
 * - Positions are [lng, lat] (GeoJSON order) with lng in [-180, 180] and lat in [-90, 90]; a third
 *   number (altitude) is accepted and dropped. At most MAX_RING_POSITIONS positions (a grid outline is
 *   drawn by hand; 1,000 points keeps the O(n²) simplicity check well under a millisecond per grid).
 * - Every problem is reported with its field path; geometric checks run only when every position is
 *   well-formed (they would only repeat the same problem).
 */
import { ValidationErrors } from '@zz/common';

export type Position = [number, number];

export interface GeoJsonPolygon {
  type: 'Polygon';
  coordinates: Position[][];
}

export const MAX_RING_POSITIONS = 1000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a GeoJSON Polygon; returns its closed exterior ring, or null (problems added to `errors`). */
export function validatePolygon(value: unknown, field: string, errors: ValidationErrors): Position[] | null {
  if (!isObject(value)) {
    errors.add(field, '边界必须是 GeoJSON Polygon 对象 (boundary must be a GeoJSON Polygon object)');
    return null;
  }
  if (value.type !== 'Polygon') {
    errors.add(`${field}.type`, `边界类型必须是 "Polygon" (type must be "Polygon", got ${JSON.stringify(value.type)})`);
    return null;
  }
  const rings = value.coordinates;
  if (!Array.isArray(rings) || rings.length === 0) {
    errors.add(`${field}.coordinates`, '缺少坐标环 (coordinates must hold one linear ring)');
    return null;
  }
  if (rings.length > 1) {
    errors.add(`${field}.coordinates.1`, '网格边界不支持内环（洞）(holes are not supported: give only the outer ring)');
    return null;
  }
  const ringField = `${field}.coordinates.0`;
  const raw = rings[0];
  if (!Array.isArray(raw)) {
    errors.add(ringField, '坐标环必须是坐标数组 (the ring must be an array of positions)');
    return null;
  }
  if (raw.length < 4) {
    errors.add(ringField, `闭合环至少需要 4 个点（首尾相同），现有 ${raw.length} 个 (a closed ring needs at least 4 positions)`);
    return null;
  }
  if (raw.length > MAX_RING_POSITIONS) {
    errors.add(ringField, `边界点数不能超过 ${MAX_RING_POSITIONS} 个 (at most ${MAX_RING_POSITIONS} positions)`);
    return null;
  }

  const ring: Position[] = [];
  let wellFormed = true;
  raw.forEach((p: unknown, i: number) => {
    const f = `${ringField}.${i}`;
    if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      errors.add(f, '坐标必须是 [经度, 纬度] 数字对 (a position is [lng, lat] with finite numbers)');
      wellFormed = false;
      return;
    }
    const [lng, lat] = p as number[];
    if (lng < -180 || lng > 180) {
      errors.add(f, `经度超出范围 [-180, 180]：${lng} (longitude out of range)`);
      wellFormed = false;
    }
    if (lat < -90 || lat > 90) {
      errors.add(f, `纬度超出范围 [-90, 90]：${lat} (latitude out of range; positions are [lng, lat])`);
      wellFormed = false;
    }
    ring.push([lng, lat]);
  });
  if (!wellFormed) return null;

  const before = errors.problems.length;
  const n = ring.length;
  if (!samePoint(ring[0], ring[n - 1])) {
    errors.add(ringField, '边界未闭合：首尾两点必须相同 (the ring is not closed: the last position must equal the first)');
    return null;
  }
  for (let i = 1; i < n; i++) {
    if (samePoint(ring[i], ring[i - 1])) errors.add(`${ringField}.${i}`, '与上一个点重复 (repeats the previous position)');
  }
  if (errors.problems.length > before) return null;
  const vertices = ring.slice(0, -1);
  if (new Set(vertices.map((p) => `${p[0]},${p[1]}`)).size < 3) {
    errors.add(ringField, '边界至少需要 3 个不同的顶点 (at least 3 distinct vertices)');
    return null;
  }
  const crossing = findSelfIntersection(ring);
  if (crossing) {
    errors.add(ringField, `边界自相交：第 ${crossing[0]} 条边与第 ${crossing[1]} 条边相交 (the ring is not simple: edges ${crossing[0]} and ${crossing[1]} intersect)`);
    return null;
  }
  if (Math.abs(signedArea(ring)) === 0) {
    errors.add(ringField, '边界面积为零 (the ring has zero area)');
    return null;
  }
  return ring;
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Twice the signed area (shoelace); positive for counter-clockwise rings. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Is c on segment ab, given that a, b, c are collinear? */
function onSegment(a: Position, b: Position, c: Position): boolean {
  return Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
}

export function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o1 = orient(p1, p2, q1), o2 = orient(p1, p2, q2), o3 = orient(q1, q2, p1), o4 = orient(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && onSegment(p1, p2, q1)) || (o2 === 0 && onSegment(p1, p2, q2))
    || (o3 === 0 && onSegment(q1, q2, p1)) || (o4 === 0 && onSegment(q1, q2, p2));
}

/**
 * The first pair of edges (0-based, edge i runs from position i to i+1) that meet anywhere other than
 * at the vertex two neighbouring edges share, or null for a simple ring. Neighbouring edges that fold
 * back on each other (a spike) count as intersecting.
 */
export function findSelfIntersection(ring: Position[]): [number, number] | null {
  const edges = ring.length - 1;
  for (let i = 0; i < edges; i++) {
    const a = ring[i], b = ring[i + 1];
    for (let j = i + 1; j < edges; j++) {
      const c = ring[j], d = ring[j + 1];
      const adjacent = j === i + 1 || (i === 0 && j === edges - 1);
      if (adjacent) {
        // They share one vertex; they must not overlap along a line beyond it.
        const shared = j === i + 1 ? b : a;
        const otherOfI = j === i + 1 ? a : b;
        const otherOfJ = j === i + 1 ? d : c;
        if (orient(otherOfI, shared, otherOfJ) === 0) {
          // Collinear: fine only when they point in opposite directions from the shared vertex.
          const dot = (otherOfI[0] - shared[0]) * (otherOfJ[0] - shared[0]) + (otherOfI[1] - shared[1]) * (otherOfJ[1] - shared[1]);
          if (dot > 0) return [i, j];
        }
        continue;
      }
      if (segmentsIntersect(a, b, c, d)) return [i, j];
    }
  }
  return null;
}

/** PostgreSQL polygon literal of a closed ring (PostgreSQL closes polygons itself: the last position is dropped). */
export function ringToPgPolygon(ring: Position[]): string {
  return '(' + ring.slice(0, -1).map(([x, y]) => `(${x},${y})`).join(',') + ')';
}

/** GeoJSON Polygon from PostgreSQL's polygon text output `((x1,y1),(x2,y2),…)`. */
export function pgPolygonToGeoJson(text: string): GeoJsonPolygon {
  const ring: Position[] = [];
  const re = /\(\s*([-+0-9.eE]+)\s*,\s*([-+0-9.eE]+)\s*\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) ring.push([Number(m[1]), Number(m[2])]);
  if (ring.length) ring.push([ring[0][0], ring[0][1]]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** Bounding box of a ring as [west, south, east, north]. */
export function ringBounds(ring: Position[]): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/**
 * Ray casting, boundary inclusive (as PostgreSQL's `polygon @> point`, which also treats points within
 * 1e-6 of an edge as on it). Used by tests and the benchmark to check answers, not by the query path.
 */
export function ringContains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (orient(ring[j], ring[i], [x, y]) === 0 && onSegment(ring[j], ring[i], [x, y])) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
