/**
 * The demo county's personnel data, from the shared deterministic world: departments, centers,
 * stationings, mediators and experts, demo accounts, plus the centers' staff (window staff and the
 * people each stationing sends), which personnel derives itself from the stationing head counts.
 * Idempotent (existing rows are kept) and bulk (one multi-row INSERT per 500 rows, store/seed-store.ts).
 */
import type { DataSource } from 'typeorm';
import { deterministicUuid, FEMALE_GIVEN, MALE_GIVEN, MOBILE_PREFIXES, rngFor, SURNAMES, type World } from '@zz/demo-world';
import { hashPassword } from './domain/passwords';
import { insertDemoRows } from './store/seed-store';

export interface StaffSeed {
  id: string;
  centerId: string;
  departmentId: string | null;
  kind: 'WINDOW' | 'STATIONED';
  name: string;
  title: string;
  phone: string;
  regionCode: string;
}

/** Window staff per center level ("63 staff at windows" is the county's stationed total; its own window adds a few). */
const WINDOW_STAFF = { COUNTY: 6, TOWN: 3, VILLAGE: 1 } as const;
const WINDOW_TITLE = { COUNTY: '窗口受理员', TOWN: '窗口受理员', VILLAGE: '综治专干' } as const;
const STATIONED_TITLE = { RESIDENT: '常驻人员', ROTATING: '轮驻人员', ON_CALL: '随驻联络员', CONTRACTED: '聘驻人员' } as const;

/** Deterministic staff of every center: the same world always gives the same people and ids. */
export function demoStaff(world: World): StaffSeed[] {
  const departments = new Map(world.departments.map((d) => [d.id, d]));
  const byCenter = new Map<string, World['stationings']>();
  for (const s of world.stationings) byCenter.set(s.centerId, [...(byCenter.get(s.centerId) ?? []), s]);
  const out: StaffSeed[] = [];
  for (const c of world.centers) {
    const rng = rngFor(world.seed, `staff:${c.regionCode}`);
    const person = () => {
      const female = rng.chance(0.5);
      const given = female ? FEMALE_GIVEN : MALE_GIVEN;
      return rng.pick(SURNAMES) + rng.pick(given) + (rng.chance(0.7) ? rng.pick(given) : '');
    };
    const phone = () => rng.pick(MOBILE_PREFIXES) + rng.digits(8);
    for (let k = 1; k <= WINDOW_STAFF[c.level]; k++) {
      out.push({
        id: deterministicUuid(world.seed, 'staff', `${c.regionCode}:window:${k}`), centerId: c.id, departmentId: null, kind: 'WINDOW',
        name: person(), title: WINDOW_TITLE[c.level], phone: phone(), regionCode: c.regionCode,
      });
    }
    for (const s of byCenter.get(c.id) ?? []) {
      const d = departments.get(s.departmentId);
      for (let k = 1; k <= s.staffCount; k++) {
        out.push({
          id: deterministicUuid(world.seed, 'staff', `${c.regionCode}:${s.departmentId}:${k}`), centerId: c.id, departmentId: s.departmentId,
          kind: 'STATIONED', name: person(), title: `${d?.name ?? ''}${STATIONED_TITLE[s.mode]}`, phone: phone(), regionCode: c.regionCode,
        });
      }
    }
  }
  return out;
}

export async function seedPersonnel(dataSource: DataSource, world: World): Promise<void> {
  // Demo accounts (password `demo`): created only by the demo seeder, never in production.
  const passwordHash = await hashPassword('demo');
  await insertDemoRows(dataSource, { ...world, staff: demoStaff(world), passwordHash });
}
