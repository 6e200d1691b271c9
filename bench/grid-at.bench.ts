/**
 * `gridAt` at scale: the spatial lookup of the grid subgraph (services/grid) against 10,000 grids.
 *
 *   npx tsx bench/grid-at.bench.ts [--grids 10000] [--points 2000] [--seq-points 200] [--out bench/results/grid-at.json] [--keep]
 *   (--keep leaves the database on DATABASE_URL's server for inspection)
 *
 * Creates a throwaway database (on DATABASE_URL's server, else on an embedded PostgreSQL in a temp
 * directory), runs the grid migrations, bulk-inserts a territory and N grids (one `INSERT … SELECT FROM
 * unnest(…)` per table), ANALYZEs, then times the exact SQL the service runs (GRID_AT_SQL) for random
 * points: 90 % inside the covered area, 10 % outside every grid. Every answer is checked against a
 * brute-force point-in-polygon in JS. The same points are also timed with index scans disabled (the
 * sequential-scan baseline) and the EXPLAIN (ANALYZE, BUFFERS) of one lookup is kept, to show the GiST
 * index on `bbox` at work. Prints the figures and writes them as JSON. The database is dropped at the end.
 *
 * The grids are an irregular lattice: 8-vertex cells whose corners and edge midpoints are jittered and
 * shared exactly with their neighbours (no gaps, no overlaps), 100 per row, about 330 m × 330 m each,
 * grouped 10 per village and one row per town under a county with code 900000.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, migrate } from '@zz/common';
import { createGridDataSource, GRID_AT_SQL, ringContains, ringToPgPolygon, type Position } from '@zz/grid';
import { scratchDatabase } from './lib/database';
import { prng } from './lib/fixtures';

interface Options { grids: number; points: number; seqPoints: number; out: string; seed: number; keep: boolean }

function parseArgs(argv: string[]): Options {
  const o: Options = { grids: 10_000, points: 2_000, seqPoints: 200, out: path.join(__dirname, 'results', 'grid-at.json'), seed: 20261122, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split('=', 2) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    const num = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer`);
      return n;
    };
    switch (flag) {
      case '--grids': o.grids = num(); break;
      case '--points': o.points = num(); break;
      case '--seq-points': o.seqPoints = num(); break;
      case '--seed': o.seed = num(); break;
      case '--out': o.out = path.resolve(String(value())); break;
      case '--keep': o.keep = true; break;
      case '--help': case '-h':
        console.log('npx tsx bench/grid-at.bench.ts [--grids 10000] [--points 2000] [--seq-points 200] [--seed N] [--out FILE] [--keep]');
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  return o;
}


const COLS = 100;
const WEST = 110.0, SOUTH = 22.0, CELL = 0.003; // degrees (~330 m at this latitude)
const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

interface Cell { id: string; code: string; villageId: string; ring: Position[]; bounds: [number, number, number, number] }
interface Territory { regions: { id: string; code: string; name: string; level: string; parentId: string | null }[]; cells: Cell[]; rows: number }

function buildTerritory(n: number, random: () => number): Territory {
  const rows = Math.ceil(n / COLS);
  if (rows > 899) throw new Error('at most 89,900 grids (towns are 3-digit codes)');
  const j = () => (random() - 0.5) * CELL * 0.4; // ≤ 20 % of a cell: keeps every cell simple
  // Shared lattice: corners V, midpoints of horizontal edges H and of vertical edges E.
  const V: Position[][] = [], H: Position[][] = [], E: Position[][] = [];
  for (let r = 0; r <= rows; r++) {
    V.push([]); H.push([]); E.push([]);
    for (let c = 0; c <= COLS; c++) {
      const edgeR = r === 0 || r === rows, edgeC = c === 0 || c === COLS;
      V[r].push([round7(WEST + c * CELL + (edgeC ? 0 : j())), round7(SOUTH + r * CELL + (edgeR ? 0 : j()))]);
      H[r].push([round7(WEST + (c + 0.5) * CELL + j() / 2), round7(SOUTH + r * CELL + (edgeR ? 0 : j() / 2))]);
      E[r].push([round7(WEST + c * CELL + (edgeC ? 0 : j() / 2)), round7(SOUTH + (r + 0.5) * CELL + j() / 2)]);
    }
  }
  const uuid = () => crypto.randomUUID();
  const county = { id: uuid(), code: '900000', name: '基准县', level: 'COUNTY', parentId: null };
  const regions: Territory['regions'] = [county];
  const cells: Cell[] = [];
  for (let r = 0; r < rows; r++) {
    const town = { id: uuid(), code: `900000${String(100 + r).padStart(3, '0')}`, name: `基准${r + 1}镇`, level: 'TOWN', parentId: county.id };
    regions.push(town);
    let village: (typeof regions)[number] | null = null;
    for (let c = 0; c < COLS && cells.length < n; c++) {
      if (c % 10 === 0) {
        village = { id: uuid(), code: town.code + String(201 + c / 10).padStart(3, '0'), name: `${town.name}${c / 10 + 1}村`, level: 'VILLAGE', parentId: town.id };
        regions.push(village);
      }
      const code = village!.code + String((c % 10) + 1).padStart(3, '0');
      const id = uuid();
      regions.push({ id, code, name: `${village!.name}第${(c % 10) + 1}网格`, level: 'GRID', parentId: village!.id });
      // Counter-clockwise: S edge (W→E), E edge (S→N), N edge (E→W), W edge (N→S).
      const ring: Position[] = [V[r][c], H[r][c], V[r][c + 1], E[r][c + 1], V[r + 1][c + 1], H[r + 1][c], V[r + 1][c], E[r][c], V[r][c]];
      const xs = ring.map((p) => p[0]), ys = ring.map((p) => p[1]);
      cells.push({ id, code, villageId: village!.id, ring, bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
    }
  }
  return { regions, cells, rows };
}

/** Expected answer: the lowest code among the cells containing the point (the service's tie-break). */
function expected(cells: Cell[], p: Position): string | null {
  let best: string | null = null;
  for (const c of cells) {
    const [w, s, e, n] = c.bounds;
    if (p[0] < w || p[0] > e || p[1] < s || p[1] > n) continue;
    if (ringContains(c.ring, p) && (best === null || c.code < best)) best = c.code;
  }
  return best;
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { count: s.length, p50: r(percentile(s, 0.5)), p90: r(percentile(s, 0.9)), p99: r(percentile(s, 0.99)), max: r(s[s.length - 1] ?? NaN), mean: r(mean) };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const scratch = await scratchDatabase('gridat', config);
  const url = scratch.url;
  const ds = createGridDataSource({ ...config, countSql: false }, url, { poolSize: 2 });
  const client = new Client({ connectionString: url });
  try {
    const t0 = performance.now();
    await migrate(url, 'grid', ds);
    await client.connect();
    const version = String((await client.query('SHOW server_version')).rows[0].server_version);
    const random = prng(o.seed); // deterministic, so runs compare like with like
    const territory = buildTerritory(o.grids, random);

    // Bulk insert: one statement per table.
    const t1 = performance.now();
    const rg = territory.regions;
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO grid.region (id, code, name, level, parent_id) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])`,
      [rg.map((r) => r.id), rg.map((r) => r.code), rg.map((r) => r.name), rg.map((r) => r.level), rg.map((r) => r.parentId)],
    );
    const cl = territory.cells;
    await client.query(
      `INSERT INTO grid.grid (id, region_code, village_region_id, name, boundary, households, residents)
       SELECT id, code, village, code, boundary::polygon, 300, 820 FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[]) AS t(id, code, village, boundary)`,
      [cl.map((c) => c.id), cl.map((c) => c.code), cl.map((c) => c.villageId), cl.map((c) => ringToPgPolygon(c.ring))],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE grid.region');
    await client.query('ANALYZE grid.grid');
    const insertMs = performance.now() - t1;

    // Points: 90 % inside the covered area, 10 % outside every grid (west of it).
    const height = territory.rows * CELL;
    const lastRowCols = cl.length - (territory.rows - 1) * COLS;
    const points: Position[] = [];
    for (let i = 0; i < o.points; i++) {
      if (random() < 0.1) points.push([round7(WEST - 0.01 - random() * 0.05), round7(SOUTH + random() * height)]);
      else {
        let p: Position;
        do p = [round7(WEST + random() * COLS * CELL), round7(SOUTH + random() * height)];
        while (p[1] > SOUTH + (territory.rows - 1) * CELL && p[0] > WEST + lastRowCols * CELL);
        points.push(p);
      }
    }

    const sql = GRID_AT_SQL.replace('{cols}', 'g.region_code');
    const query = { name: 'grid_at', text: sql };
    const ask = async (p: Position) => {
      const r = await client.query({ ...query, values: [p[0], p[1], '%'] });
      return r.rows.length ? String(r.rows[0].region_code) : null;
    };
    for (let i = 0; i < Math.min(200, points.length); i++) await ask(points[i]); // warm-up: plan cached, pages in memory

    const lat: number[] = [], hitLat: number[] = [], missLat: number[] = [];
    const answers: (string | null)[] = [];
    for (const p of points) {
      const s = performance.now();
      const code = await ask(p);
      const ms = performance.now() - s;
      lat.push(ms);
      (code ? hitLat : missLat).push(ms);
      answers.push(code);
    }
    let mismatches = 0;
    const mismatchExamples: unknown[] = [];
    points.forEach((p, i) => {
      const want = expected(cl, p);
      if (want !== answers[i]) {
        mismatches++;
        if (mismatchExamples.length < 5) mismatchExamples.push({ point: p, got: answers[i], expected: want });
      }
    });

    // What the plain `boundary @> point` (in degrees) would answer: PostgreSQL's absolute 1e-6 tolerance
    // makes points near an edge count as inside (see GRID_AT_SQL); kept to show why the service scales.
    const naiveSql = `SELECT g.region_code FROM grid.grid g WHERE g.bbox @> box(point($1::float8, $2::float8), point($1::float8, $2::float8))
      AND g.boundary @> point($1::float8, $2::float8) ORDER BY g.region_code LIMIT 1`;
    let naiveMismatches = 0;
    for (let i = 0; i < points.length; i++) {
      const r = await client.query({ name: 'grid_at_naive', text: naiveSql, values: [points[i][0], points[i][1]] });
      const got = r.rows.length ? String(r.rows[0].region_code) : null;
      if (got !== expected(cl, points[i])) naiveMismatches++;
    }

    // Baseline without the index (sequential scan + exact test on every row).
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_indexscan = off');
    await client.query('SET LOCAL enable_bitmapscan = off');
    const seqLat: number[] = [];
    for (const p of points.slice(0, o.seqPoints)) {
      const s = performance.now();
      await client.query({ text: sql, values: [p[0], p[1], '%'] });
      seqLat.push(performance.now() - s);
    }
    await client.query('ROLLBACK');

    const probe = points.find((_, i) => answers[i] !== null) ?? points[0];
    const explain = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, [probe[0], probe[1], '%'])).rows.map((r) => String(r['QUERY PLAN']));
    const usesIndex = explain.some((l) => l.includes('grid_bbox'));

    const result = {
      bench: 'grid-at',
      at: new Date().toISOString(),
      postgres: version,
      database: scratch.server,
      grids: cl.length,
      verticesPerGrid: 8,
      points: points.length,
      hits: answers.filter((a) => a !== null).length,
      misses: answers.filter((a) => a === null).length,
      mismatches,
      mismatchExamples,
      naiveDegreeContainmentMismatches: naiveMismatches,
      setupMs: Math.round(t1 - t0),
      bulkInsertMs: Math.round(insertMs),
      latencyMs: { all: summary(lat), hits: summary(hitLat), misses: summary(missLat) },
      sequentialScanLatencyMs: summary(seqLat),
      usesGistIndex: usesIndex,
      sql,
      explain,
      host: { cpus: os.cpus().length, node: process.version },
    };
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    fs.writeFileSync(o.out, JSON.stringify(result, null, 2) + '\n');

    const f = (s: ReturnType<typeof summary>) => `p50 ${s.p50} ms  p90 ${s.p90} ms  p99 ${s.p99} ms  max ${s.max} ms  (n=${s.count})`;
    console.log(`gridAt — PostgreSQL ${version} (${result.database}), ${cl.length.toLocaleString('en')} grids of 8 vertices`);
    console.log(`  bulk insert ${result.bulkInsertMs} ms (regions + grids, one statement each)`);
    console.log(`  lookups   ${f(result.latencyMs.all)}`);
    console.log(`    inside  ${f(result.latencyMs.hits)}`);
    console.log(`    outside ${f(result.latencyMs.misses)}`);
    console.log(`  seq scan  ${f(result.sequentialScanLatencyMs)}  (index scans disabled)`);
    console.log(`  answers checked against brute force: ${mismatches} mismatch(es); GiST index used: ${usesIndex ? 'yes' : 'NO'}`);
    console.log(`  (plain \`boundary @> point\` in degrees would answer ${naiveMismatches} of ${points.length} wrongly: PostgreSQL's 1e-6 tolerance)`);
    console.log('  EXPLAIN (ANALYZE, BUFFERS):');
    for (const l of explain) console.log('    ' + l);
    console.log(`  → ${path.relative(process.cwd(), o.out)}`);
    if (mismatches > 0 || !usesIndex) process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    if (ds.isInitialized) await ds.destroy();
    await scratch.close({ keep: o.keep });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
