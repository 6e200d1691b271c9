import { describe, expect, it } from '@jest/globals';
import { bbox, contains, escapeHtml, featureCollection, interiorPoint, polygonRings, spreadAround, unionBBox, zoomToFit, type Ring } from './geo';

const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
const poly = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });

describe('grid geometry', () => {
  it('reads a GeoJSON Polygon and refuses anything else', () => {
    expect(polygonRings(poly(square(116, 24, 0.01)))).toHaveLength(1);
    expect(polygonRings({ type: 'Point', coordinates: [116, 24] })).toEqual([]);
    expect(polygonRings(poly([[116, 24], [116.1, 24]]))).toEqual([]); // not a ring
    expect(polygonRings(null)).toEqual([]);
    expect(polygonRings('{"type":"Polygon"}')).toEqual([]);
  });

  it('builds a FeatureCollection named by grid id, leaving malformed grids off', () => {
    const fc = featureCollection([
      { id: 'a', name: '第1网格', boundary: poly(square(116, 24, 0.01)) },
      { id: 'b', name: '第1网格', boundary: { type: 'Polygon', coordinates: 'x' } },
      { id: 'c', name: '第2网格', boundary: poly(square(116.01, 24, 0.01)) },
    ]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties)).toEqual([{ id: 'a', name: '第1网格' }, { id: 'c', name: '第2网格' }]);
  });

  it('knows what lies inside, holes excluded', () => {
    const rings = [square(0, 0, 10), square(4, 4, 2)];
    expect(contains(rings, [1, 1])).toBe(true);
    expect(contains(rings, [5, 5])).toBe(false);
    expect(contains(rings, [11, 5])).toBe(false);
  });

  it('puts a marker inside even when the centroid falls outside (a U-shaped grid)', () => {
    const u: Ring = [[0, 0], [10, 0], [10, 10], [7, 10], [7, 2], [3, 2], [3, 10], [0, 10], [0, 0]];
    const p = interiorPoint([u]);
    expect(p).not.toBeNull();
    expect(contains([u], p!)).toBe(true);
    expect(interiorPoint([square(0, 0, 2)])).toEqual([1, 1]);
    expect(interiorPoint([])).toBeNull();
  });

  it('zooms so the target fills the view, never out beyond the whole map', () => {
    const full = unionBBox([bbox([square(0, 0, 10)]), null]);
    expect(full).toEqual([0, 0, 10, 10]);
    expect(zoomToFit(full, [0, 0, 2, 1], 1)).toEqual({ center: [1, 0.5], zoom: 5 });
    expect(zoomToFit(full, full, 0.85)?.zoom).toBe(1);
    expect(zoomToFit(full, null)).toBeNull();
  });

  it('spreads the markers of one grid on a small circle inside it, off its centre', () => {
    const pts = spreadAround([5, 5], [0, 0, 10, 10], 3);
    expect(pts).toHaveLength(3);
    for (const p of pts) expect(contains([square(0, 0, 10)], p)).toBe(true);
    expect(new Set(pts.map((p) => p.join())).size).toBe(3);
    const [one] = spreadAround([5, 5], [0, 0, 10, 10], 1);
    expect(contains([square(0, 0, 10)], one)).toBe(true);
    expect(one[0]).toBeGreaterThan(5); // off the centre, upper right
    expect(one[1]).toBeGreaterThan(5);
    expect(spreadAround([5, 5], [0, 0, 10, 10], 0)).toEqual([]);
  });

  it('escapes text from the graph before it reaches an HTML tooltip', () => {
    expect(escapeHtml('<img src=x onerror="a()">&\'')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;&#39;');
  });
});
