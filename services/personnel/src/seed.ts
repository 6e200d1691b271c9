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

/** The first staff member a stationing sends: the contact an on-call department is reached by. */
export const stationingContactId = (world: Pick<World, 'seed'>, centerRegionCode: string, departmentId: string) =>
  deterministicUuid(world.seed, 'staff', `${centerRegionCode}:${departmentId}:1`);

export interface RotaSeed {
  id: string;
  centerId: string;
  windowNumber: number;
  departmentId: string;
  year: number;
  month: number;
  regionCode: string;
  staffIds: string[];
}

/**
 * The rota of `year`, following each rotating department's annual plan (`months`): the departments
 * of a month take the center's rotating windows in name order, each with all the staff it stations.
 */
export function demoRota(world: World, staff: readonly StaffSeed[], year: number): RotaSeed[] {
  const departments = new Map(world.departments.map((d) => [d.id, d]));
  const out: RotaSeed[] = [];
  for (const c of world.centers) {
    const windows = world.windows.filter((w) => w.centerId === c.id && w.kind === 'ROTATING').map((w) => w.number).sort((a, b) => a - b);
    if (!windows.length) continue;
    const rotating = world.stationings.filter((s) => s.centerId === c.id && s.mode === 'ROTATING')
      .sort((a, b) => (departments.get(a.departmentId)?.name ?? '').localeCompare(departments.get(b.departmentId)?.name ?? '', 'zh-CN'));
    for (let month = 1; month <= 12; month++) {
      rotating.filter((s) => s.months.includes(month)).slice(0, windows.length).forEach((s, k) => {
        out.push({
          id: deterministicUuid(world.seed, 'rota', `${c.regionCode}:${year}:${month}:${windows[k]}`), centerId: c.id, windowNumber: windows[k],
          departmentId: s.departmentId, year, month, regionCode: c.regionCode,
          staffIds: staff.filter((p) => p.centerId === c.id && p.departmentId === s.departmentId).map((p) => p.id),
        });
      });
    }
  }
  return out;
}

export async function seedPersonnel(dataSource: DataSource, world: World, now = new Date()): Promise<void> {
  // Demo accounts (password `demo`): created only by the demo seeder, never in production.
  const passwordHash = await hashPassword('demo');
  const staff = demoStaff(world);
  // The rota of the year the demo starts in (Beijing time): "this month" always has one.
  const year = new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
  const codeOf = new Map(world.centers.map((c) => [c.id, c.regionCode]));
  const stationings = world.stationings.map((s) => ({
    ...s, contactStaffId: s.mode === 'ON_CALL' && s.staffCount > 0 ? stationingContactId(world, codeOf.get(s.centerId) ?? '', s.departmentId) : null,
  }));
  await insertDemoRows(dataSource, { ...world, stationings, staff, rota: demoRota(world, staff, year), passwordHash });
}
