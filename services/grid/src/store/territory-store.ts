/**
 * Bulk import of a territory (the demo county): each table is one `INSERT … SELECT FROM unnest(…)`
 * statement whatever the number of rows (regions: one VALUES statement per 500), idempotent — rows that
 * exist are left as they are. Inside the caller's transaction.
 */
import type { EntityManager } from 'typeorm';
import { ringToPgPolygon, type Position } from '../domain/polygon';

export interface RegionRow { id: string; code: string; name: string; level: string; parentId: string | null }

export interface GridRow {
  id: string;
  code: string;
  villageRegionId: string;
  name: string;
  ring: Position[];
  households: number;
  residents: number;
  places: number;
  things: number;
  organisations: number;
  leaderName: string | null;
}

export interface WorkerRow { id: string; gridId: string; regionCode: string; name: string; kind: string; phone: string | null; userId: string | null }
export interface BuildingHeadRow { id: string; gridId: string; regionCode: string; name: string; building: string; phone: string | null }
export interface KeyPersonRow {
  id: string; gridId: string; regionCode: string; name: string; category: string; plan: string;
  tier: string; responsibleCadre: string | null; lastVisitedAt: Date | null; nextVisitDueAt: Date; createdAt: Date;
  /** The keys risk warnings are matched by (domain/key-person-risk.ts). */
  partyKeys: string[];
}
export interface KeyPersonVisitRow { id: string; keyPersonId: string; regionCode: string; kind: string; visitedAt: Date; note: string; visitorName: string }

const REGION_CHUNK = 500;

export class TerritoryStore {
  async insertRegions(m: EntityManager, regions: readonly RegionRow[]): Promise<void> {
    for (let i = 0; i < regions.length; i += REGION_CHUNK) {
      const params: unknown[] = [];
      const values = regions.slice(i, i + REGION_CHUNK).map((r) => {
        params.push(r.id, r.code, r.name, r.level, r.parentId);
        const n = params.length;
        return `($${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
      });
      await m.query(`INSERT INTO grid.region (id, code, name, level, parent_id) VALUES ${values.join(', ')} ON CONFLICT (id) DO NOTHING`, params);
    }
  }

  async insertGrids(m: EntityManager, g: readonly GridRow[]): Promise<void> {
    await m.query(
      `INSERT INTO grid.grid (id, region_code, village_region_id, name, boundary, households, residents, places, things, organisations, leader_name)
       SELECT id, code, village, name, boundary::polygon, households, residents, places, things, organisations, leader
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::text[])
         AS t(id, code, village, name, boundary, households, residents, places, things, organisations, leader)
       ON CONFLICT (id) DO NOTHING`,
      [g.map((x) => x.id), g.map((x) => x.code), g.map((x) => x.villageRegionId), g.map((x) => x.name), g.map((x) => ringToPgPolygon(x.ring)),
        g.map((x) => x.households), g.map((x) => x.residents), g.map((x) => x.places), g.map((x) => x.things),
        g.map((x) => x.organisations), g.map((x) => x.leaderName)],
    );
  }

  async insertWorkers(m: EntityManager, w: readonly WorkerRow[]): Promise<void> {
    await m.query(
      `INSERT INTO grid.grid_worker (id, grid_id, region_code, name, kind, phone, user_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])
       ON CONFLICT (id) DO NOTHING`,
      [w.map((x) => x.id), w.map((x) => x.gridId), w.map((x) => x.regionCode), w.map((x) => x.name), w.map((x) => x.kind),
        w.map((x) => x.phone), w.map((x) => x.userId)],
    );
  }

  async insertBuildingHeads(m: EntityManager, h: readonly BuildingHeadRow[]): Promise<void> {
    await m.query(
      `INSERT INTO grid.building_head (id, grid_id, region_code, name, building, phone)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (id) DO NOTHING`,
      [h.map((x) => x.id), h.map((x) => x.gridId), h.map((x) => x.regionCode), h.map((x) => x.name), h.map((x) => x.building), h.map((x) => x.phone)],
    );
  }

  async insertKeyPersons(m: EntityManager, k: readonly KeyPersonRow[]): Promise<void> {
    await m.query(
      // Each record's keys travel as one comma-joined text (unnest would flatten an array of arrays); keys are hex.
      `INSERT INTO grid.key_person (id, grid_id, region_code, name, category, plan, tier, responsible_cadre, last_visited_at, next_visit_due_at, created_at, updated_at, party_keys)
       SELECT a, b, c, d, e, f, g, h, i, j, k, k, string_to_array(l, ',') FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::text[]) AS t(a, b, c, d, e, f, g, h, i, j, k, l)
       ON CONFLICT (id) DO NOTHING`,
      [k.map((x) => x.id), k.map((x) => x.gridId), k.map((x) => x.regionCode), k.map((x) => x.name), k.map((x) => x.category), k.map((x) => x.plan),
        k.map((x) => x.tier), k.map((x) => x.responsibleCadre), k.map((x) => x.lastVisitedAt), k.map((x) => x.nextVisitDueAt), k.map((x) => x.createdAt),
        k.map((x) => x.partyKeys.join(','))],
    );
  }

  async insertKeyPersonVisits(m: EntityManager, v: readonly KeyPersonVisitRow[]): Promise<void> {
    await m.query(
      `INSERT INTO grid.key_person_visit (id, key_person_id, region_code, kind, visited_at, met_in_person, note, visitor_name, recorded_at)
       SELECT a, b, c, d, e, true, f, g, e FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[]) AS t(a, b, c, d, e, f, g)
       ON CONFLICT (id) DO NOTHING`,
      [v.map((x) => x.id), v.map((x) => x.keyPersonId), v.map((x) => x.regionCode), v.map((x) => x.kind), v.map((x) => x.visitedAt), v.map((x) => x.note), v.map((x) => x.visitorName)],
    );
  }
}
