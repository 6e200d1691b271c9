import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { GridEntity } from './entities/grid.entity';
import { RegionEntity } from './entities/region.entity';
import { ringToPgPolygon, type Position } from '../domain/polygon';
import type { GridChanges } from '../domain/grid-input';
import { likePrefix, Params, queryRows } from '@zz/common';
import { hydrate, selectList } from './sql';

/**
 * The spatial lookup, in two steps:
 * 1. `bbox @> box(p, p)` — the indexable test. GiST box_ops supports @>(box,box) but has no @>(box,point)
 *    strategy (PostgreSQL 15 and 18 alike), so `bbox @> point` would not use the index.
 * 2. the exact point-in-polygon on the few candidates, on coordinates SCALED to units of 1e-7° (≈1 cm).
 *    PostgreSQL's geometric code compares with an absolute tolerance EPSILON = 1e-6 (geo_decls.h), and
 *    point_inside() applies it to a cross product of coordinates relative to the point (edge length ×
 *    distance from the edge line). In degrees, a 0.002° (200 m) edge then counts a point up to
 *    1e-6 / 0.002 = 0.0005° (≈ 50 m) beyond it as "on the polygon", i.e. inside — the bench found 9 % of
 *    random points answered with the neighbouring grid. Scaled by 1e7, the same tolerance is far below a
 *    micrometre. (polygon has no `*` operator; path has, hence polygon(path(…) * point(1e7, 0)).)
 * Containment is boundary-inclusive, so a point exactly on an edge shared by two grids lies in both:
 * the lowest code wins, deterministically.
 * $1 = lng, $2 = lat, $3 = LIKE pattern of the caller's jurisdiction.
 */
export const GRID_AT_SQL = `SELECT {cols} FROM grid.grid g
  WHERE g.bbox @> box(point($1::float8, $2::float8), point($1::float8, $2::float8))
    AND polygon(path(g.boundary) * point(1e7, 0)) @> point($1::float8 * 1e7, $2::float8 * 1e7)
    AND g.region_code LIKE $3
  ORDER BY g.region_code LIMIT 1`;

export interface NewGrid {
  villageRegionId: string;
  name: string;
  ring: Position[];
  households: number;
  residents: number;
  places?: number;
  things?: number;
  organisations?: number;
  leaderName?: string | null;
  leaderPhone?: string | null;
}

export class GridStore {
  private readonly repo: Repository<GridEntity>;
  private readonly cols: string;
  constructor(private readonly ds: DataSource) {
    this.repo = ds.getRepository(GridEntity);
    this.cols = selectList(ds, GridEntity, 'g');
  }

  async byIds(ids: readonly string[]): Promise<GridEntity[]> {
    if (!ids.length) return [];
    return this.repo.findBy({ id: In([...ids]) });
  }

  async byCode(code: string): Promise<GridEntity | null> {
    return this.repo.findOneBy({ regionCode: code });
  }

  /** The grid containing the point within a jurisdiction prefix ('' = everywhere), or null. */
  async at(lng: number, lat: number, prefix: string, manager?: EntityManager): Promise<GridEntity | null> {
    const found = await queryRows(manager ?? this.ds, GRID_AT_SQL.replace('{cols}', this.cols), [lng, lat, likePrefix(prefix)]);
    return found.length ? hydrate(GridEntity, found)[0] : null;
  }

  /** Grids under a code prefix, by code, after a code; `limit + 1` rows so the caller knows whether more follow. */
  async page(prefix: string, limit: number, afterCode: string | null): Promise<GridEntity[]> {
    const p = new Params();
    let where = `g.region_code LIKE ${p.add(likePrefix(prefix))}`;
    if (afterCode) where += ` AND g.region_code > ${p.add(afterCode)}`;
    return hydrate(GridEntity, await queryRows(this.ds, `SELECT ${this.cols} FROM grid.grid g WHERE ${where} ORDER BY g.region_code LIMIT ${p.add(limit + 1)}`, p.values));
  }

  async count(prefix: string): Promise<number> {
    const [r] = await queryRows(this.ds, `SELECT count(*)::int AS n FROM grid.grid WHERE region_code LIKE $1`, [likePrefix(prefix)]);
    return Number(r.n);
  }

  /** Locks the village row (serialising grid creation per village) and returns it with its children's codes. */
  async lockVillage(manager: EntityManager, villageId: string): Promise<{ village: RegionEntity; childCodes: string[] } | null> {
    const locked = await queryRows(manager, `SELECT id FROM grid.region WHERE id = $1 FOR UPDATE`, [villageId]);
    if (!locked.length) return null;
    const village = await manager.getRepository(RegionEntity).findOneByOrFail({ id: villageId });
    const children = await queryRows(manager, `SELECT code FROM grid.region WHERE parent_id = $1`, [villageId]);
    return { village, childCodes: children.map((c) => String(c.code)) };
  }

  /** Inserts the GRID region row and the grid (same id), inside the caller's transaction. */
  async insert(manager: EntityManager, code: string, g: NewGrid, now: Date): Promise<GridEntity> {
    const id = randomUUID();
    await manager.query(`INSERT INTO grid.region (id, code, name, level, parent_id, created_at) VALUES ($1, $2, $3, 'GRID', $4, $5)`,
      [id, code, g.name, g.villageRegionId, now]);
    await manager.query(
      `INSERT INTO grid.grid (id, region_code, village_region_id, name, boundary, households, residents, places, things, organisations,
         leader_name, leader_phone, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::polygon, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
      [id, code, g.villageRegionId, g.name, ringToPgPolygon(g.ring), g.households, g.residents, g.places ?? 0, g.things ?? 0,
        g.organisations ?? 0, g.leaderName ?? null, g.leaderPhone ?? null, now],
    );
    return manager.getRepository(GridEntity).findOneByOrFail({ id });
  }

  async update(manager: EntityManager, id: string, c: GridChanges, now: Date): Promise<GridEntity> {
    const p = new Params();
    const sets: string[] = [];
    const set = (col: string, v: unknown, cast = '') => sets.push(`${col} = ${p.add(v)}${cast}`);
    if (c.name !== undefined) set('name', c.name);
    if (c.ring !== undefined) set('boundary', ringToPgPolygon(c.ring), '::polygon');
    if (c.households !== undefined) set('households', c.households);
    if (c.residents !== undefined) set('residents', c.residents);
    if (c.places !== undefined) set('places', c.places);
    if (c.things !== undefined) set('things', c.things);
    if (c.organisations !== undefined) set('organisations', c.organisations);
    if (c.leaderName !== undefined) set('leader_name', c.leaderName);
    if (c.leaderPhone !== undefined) set('leader_phone', c.leaderPhone);
    set('updated_at', now);
    await manager.query(`UPDATE grid.grid SET ${sets.join(', ')} WHERE id = ${p.add(id)}`, p.values);
    if (c.name !== undefined) await manager.query(`UPDATE grid.region SET name = $1 WHERE id = $2`, [c.name, id]);
    return manager.getRepository(GridEntity).findOneByOrFail({ id });
  }

  /** 事: reports per grid. */
  async reportCounts(gridIds: readonly string[]): Promise<Map<string, number>> {
    const r = await queryRows(this.ds, `SELECT grid_id, count(*)::int AS n FROM grid.grid_report WHERE grid_id = ANY($1::uuid[]) GROUP BY grid_id`, [[...gridIds]]);
    return new Map(r.map((x) => [String(x.grid_id), Number(x.n)]));
  }

  async keyPersonCounts(gridIds: readonly string[]): Promise<Map<string, number>> {
    const r = await queryRows(this.ds, `SELECT grid_id, count(*)::int AS n FROM grid.key_person WHERE grid_id = ANY($1::uuid[]) GROUP BY grid_id`, [[...gridIds]]);
    return new Map(r.map((x) => [String(x.grid_id), Number(x.n)]));
  }
}
