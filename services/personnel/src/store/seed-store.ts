import type { DataSource, EntityManager } from 'typeorm';
import type { World } from '@zz/demo-world';
import type { RotaSeed, StaffSeed } from '../seed';

/** What the demo seed writes: the world's personnel rows, the derived staff, one password hash for every demo account. */
export interface DemoRows extends Pick<World, 'departments' | 'centers' | 'windows' | 'mediators' | 'users'> {
  stationings: (World['stationings'][number] & { contactStaffId: string | null })[];
  staff: StaffSeed[];
  rota: RotaSeed[];
  passwordHash: string;
}

/** One multi-row INSERT … ON CONFLICT DO NOTHING per chunk (well under PostgreSQL's 65535 parameters). */
async function bulkInsert(m: EntityManager, table: string, columns: string[], rows: unknown[][], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const params: unknown[] = [];
    const values = rows.slice(i, i + chunk).map((row) => `(${row.map((v) => { params.push(v); return `$${params.length}`; }).join(', ')})`);
    await m.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`, params);
  }
}

/** Writes the demo county in one transaction: idempotent (existing rows are kept) and bulk. */
export async function insertDemoRows(dataSource: DataSource, d: DemoRows): Promise<void> {
  await dataSource.transaction(async (m) => {
    await bulkInsert(m, 'personnel.department', ['id', 'name', 'kind'], d.departments.map((x) => [x.id, x.name, x.kind]));
    await bulkInsert(m, 'personnel.center', ['id', 'name', 'level', 'region_id', 'region_code'],
      d.centers.map((c) => [c.id, c.name, c.level, c.regionId, c.regionCode]));
    await bulkInsert(m, 'personnel.staff', ['id', 'center_id', 'department_id', 'kind', 'name', 'title', 'phone', 'region_code'],
      d.staff.map((s) => [s.id, s.centerId, s.departmentId, s.kind, s.name, s.title, s.phone, s.regionCode]));
    // After the staff: a stationing's contact is one of them.
    const codeOf = new Map(d.centers.map((c) => [c.id, c.regionCode]));
    await bulkInsert(m, 'personnel.stationing', ['center_id', 'department_id', 'mode', 'staff_count', 'months', 'contact_staff_id'],
      d.stationings.map((s) => [s.centerId, s.departmentId, s.mode, s.staffCount, s.months, s.contactStaffId]));
    await bulkInsert(m, 'personnel.center_window', ['center_id', 'number', 'kind', 'department_id', 'label', 'region_code'],
      d.windows.map((w) => [w.centerId, w.number, w.kind, w.departmentId, w.label, codeOf.get(w.centerId) ?? '']));
    await bulkInsert(m, 'personnel.rota_assignment', ['id', 'center_id', 'window_number', 'department_id', 'year', 'month', 'region_code'],
      d.rota.map((r) => [r.id, r.centerId, r.windowNumber, r.departmentId, r.year, r.month, r.regionCode]));
    await bulkInsert(m, 'personnel.rota_staff', ['assignment_id', 'staff_id', 'center_id', 'department_id', 'year', 'month'],
      d.rota.flatMap((r) => r.staffIds.map((s) => [r.id, s, r.centerId, r.departmentId, r.year, r.month])));
    await bulkInsert(m, 'personnel.mediator',
      ['id', 'name', 'kind', 'center_id', 'region_code', 'specialties', 'languages', 'gold_team', 'brand', 'available', 'title', 'phone'],
      d.mediators.map((x) => [x.id, x.name, x.kind, x.centerId, x.regionCode, x.specialties, x.languages, x.goldTeam, x.brand, x.available, x.title, x.phone]));
    await bulkInsert(m, 'personnel.app_user',
      ['id', 'username', 'display_name', 'password_hash', 'roles', 'region_id', 'region_code', 'mediator_id', 'partner'],
      d.users.map((u) => [u.id, u.username, u.displayName, d.passwordHash, u.roles, u.regionId, u.regionCode, u.mediatorId, u.partner]));
  });
}
