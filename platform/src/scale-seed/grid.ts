/**
 * Volume module of the grid subgraph (services/grid/src/store/migrations): resident reports (随手拍 /
 * grid-worker reports) at the grids of every county — 0.3 per case, "hundreds of thousands of grid
 * events" at province scale — three in four settled on the spot, spread over the same two years.
 * Generated server-side (generate_series over the seeded grids). Territory, grids and grid staff come
 * from the grid service's own seedDemo.
 */
import { tableExists } from './bulk';
import type { VolumeContext, VolumeModule } from './modules';

export const REPORTS_PER_CASE = 0.3;
const CATEGORIES = ['邻里纠纷', '环境卫生', '治安隐患', '道路设施', '违章搭建', '消防隐患', '噪音扰民', '占道经营'];

export const gridModule: VolumeModule = {
  name: 'grid',
  async load(ctx: VolumeContext) {
    const { client } = ctx;
    if (!(await tableExists(client, 'grid.grid_report')) || !(await tableExists(client, 'grid.grid'))) return { skipped: { 'grid.grid_report': 'grid.grid_report or grid.grid does not exist' } };
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM grid.grid`);
    const grids = rows[0].n as number;
    if (!grids) return { skipped: { 'grid.grid_report': 'no grids seeded' } };
    const perGrid = Math.max(0, Math.round((ctx.cases * REPORTS_PER_CASE) / grids));
    if (!perGrid) return { rows: { 'grid.grid_report': 0 } };
    const t = Date.now();
    try {
      const r = await client.query(
        `INSERT INTO grid.grid_report (id, grid_id, region_code, lat, lng, category, description, status, settle_note, settled_at, created_at, updated_at)
         SELECT gen_random_uuid(), g.id, g.region_code, (center(g.bbox))[1], (center(g.bbox))[0], x.category, x.category || '：网格员巡查发现，已登记',
           CASE WHEN x.settled THEN 'SETTLED' ELSE 'REPORTED' END,
           CASE WHEN x.settled THEN '网格员现场处置完毕' END,
           CASE WHEN x.settled THEN x.at + interval '3 hours' END,
           x.at, x.at
         FROM grid.grid g
         CROSS JOIN generate_series(1, $1::int) AS s
         CROSS JOIN LATERAL (SELECT ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int] AS category,
                                    random() < 0.75 AS settled,
                                    $3::timestamptz - random() * interval '730 days' - interval '4 hours' AS at) x`,
        [perGrid, CATEGORIES, ctx.now]);
      process.stderr.write(`  grid.grid_report: ${(r.rowCount ?? 0).toLocaleString('en')} rows in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
      return { rows: { 'grid.grid_report': r.rowCount ?? 0 } };
    } catch (err) {
      return { skipped: { 'grid.grid_report': `insert failed (layout changed?): ${(err as Error).message}` } };
    }
  },
};
