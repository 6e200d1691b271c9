/**
 * Plane geometry on the graph's own grid boundaries (GeoJSON Polygons, [lng, lat]): what the map
 * needs to draw them with ECharts (a FeatureCollection), where to put a marker for a grid, whether a
 * point lies in a grid, and how far to zoom to show a town. Grids are a few hundred metres across,
 * so treating degrees as a plane is exact enough. Pure and unit-tested: no ECharts, no DOM.
 */

export type LngLat = [number, number];
export type Ring = LngLat[];
/** [minLng, minLat, maxLng, maxLat] */
export type BBox = [number, number, number, number];

export interface GridShape {
  id: string;
  name: string;
  boundary: unknown;
}

const isPair = (p: unknown): p is LngLat =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/**
 * The rings of a GeoJSON Polygon (outer first, then holes), or [] for anything else: a malformed
 * boundary is left off the map instead of breaking it.
 */
export function polygonRings(boundary: unknown): Ring[] {
  const g = boundary as { type?: unknown; coordinates?: unknown };
  if (!g || g.type !== 'Polygon' || !Array.isArray(g.coordinates)) return [];
  const rings = g.coordinates.filter((r): r is unknown[] => Array.isArray(r)).map((r) => r.filter(isPair).map((p) => [p[0], p[1]] as LngLat));
  return rings.length && rings[0].length >= 4 ? rings : [];
}

export interface GridFeature {
  type: 'Feature';
  id: string;
  properties: { id: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] };
}

/**
 * The grids as the FeatureCollection `echarts.registerMap` takes. Features are named by grid id
 * (`nameProperty: 'id'`): two grids of different villages may share a name (「第1网格」).
 */
export function featureCollection(grids: readonly GridShape[]): { type: 'FeatureCollection'; features: GridFeature[] } {
  const features: GridFeature[] = [];
  for (const g of grids) {
    const rings = polygonRings(g.boundary);
    if (rings.length) features.push({ type: 'Feature', id: g.id, properties: { id: g.id, name: g.name }, geometry: { type: 'Polygon', coordinates: rings } });
  }
  return { type: 'FeatureCollection', features };
}

export function bbox(rings: readonly Ring[]): BBox | null {
  let b: BBox | null = null;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (!b) b = [x, y, x, y];
      else b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
    }
  }
  return b;
}

export function unionBBox(boxes: readonly (BBox | null)[]): BBox | null {
  let b: BBox | null = null;
  for (const x of boxes) {
    if (!x) continue;
    b = b ? [Math.min(b[0], x[0]), Math.min(b[1], x[1]), Math.max(b[2], x[2]), Math.max(b[3], x[3])] : [...x];
  }
  return b;
}

/** Even-odd ray casting over all rings: inside the outer ring and outside every hole. */
export function contains(rings: readonly Ring[], [x, y]: LngLat): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The area centroid of a ring (its vertex average when the area is zero). */
export function centroid(ring: Ring): LngLat {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (Math.abs(a) < 1e-18) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/**
 * A point surely inside the grid, for its marker and for 随手拍 without a location: the centroid when
 * it lies inside (convex and most real grids), else the middle of the widest inside stretch of a
 * horizontal line through the grid (an L- or U-shaped grid, whose centroid may lie outside — a report
 * filed there would go to the neighbour).
 */
export function interiorPoint(rings: readonly Ring[]): LngLat | null {
  if (!rings.length) return null;
  const c = centroid(rings[0]);
  if (contains(rings, c)) return c;
  const b = bbox(rings);
  if (!b) return null;
  let best: { width: number; point: LngLat } | null = null;
  for (const t of [0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875]) {
    const y = b[1] + (b[3] - b[1]) * t;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const width = xs[k + 1] - xs[k];
      if (!best || width > best.width) best = { width, point: [(xs[k] + xs[k + 1]) / 2, y] };
    }
  }
  return best?.point ?? null;
}

/**
 * Where the markers of things at one grid go (its patrol tasks): on a small circle around its interior
 * point (a fraction of the grid's size), starting upper right, so three tasks are three markers — and
 * even a single one stays off the centre, where reports filed without a location sit.
 */
export function spreadAround(centre: LngLat, box: BBox, count: number): LngLat[] {
  const r = Math.min(box[2] - box[0], box[3] - box[1]) * 0.22;
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const a = Math.PI / 4 + (2 * Math.PI * i) / count;
    return [centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)] as LngLat;
  });
}

/**
 * ECharts geo `center` and `zoom` that show `target` inside `full` (zoom 1 = the whole map fits the
 * view); `margin` leaves room around it. Null when there is nothing to zoom to.
 */
export function zoomToFit(full: BBox | null, target: BBox | null, margin = 0.85): { center: LngLat; zoom: number } | null {
  if (!full || !target) return null;
  const fw = full[2] - full[0];
  const fh = full[3] - full[1];
  const tw = Math.max(target[2] - target[0], fw / 1000);
  const th = Math.max(target[3] - target[1], fh / 1000);
  const zoom = Math.max(1, Math.min(fw / tw, fh / th) * margin);
  return { center: [(target[0] + target[2]) / 2, (target[1] + target[3]) / 2], zoom };
}

/** Text from the graph put into ECharts' HTML tooltips: escaped, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
