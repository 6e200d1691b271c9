/**
 * The 综治中心 at county, town and village level, the departments stationed there ("8+14+N") and their
 * staff. Centers and staff are reference data: in sight in the caller's subtree and on its chain
 * upward; departments are global.
 */
import { ancestorCodes, authorize, badInput, REGION_CODE, selfAndAncestorCodes } from '@zz/common';
import type { CenterEntity, CenterLevel } from '../store/entities/center.entity';
import type { DepartmentEntity } from '../store/entities/department.entity';
import type { StaffEntity } from '../store/entities/staff.entity';
import type { StationingEntity } from '../store/entities/stationing.entity';
import { ifInSight, inSightFilter } from '../domain/access';
import { monthOrCurrent } from '../domain/days';
import { loadIf, type Actor, type RequestState, type ServiceDeps } from './request';


type Level = CenterLevel | 'GRID';

export class OrganisationService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  async centers(actor: Actor, level: Level | null | undefined): Promise<CenterEntity[]> {
    authorize(actor.identity, 'Query.centers');
    if (level === 'GRID') return [];
    return this.deps.stores.organisation.listCenters(inSightFilter(actor.scope), level ?? null);
  }

  async center(actor: Actor, id: string): Promise<CenterEntity | null> {
    authorize(actor.identity, 'Query.center');
    return ifInSight(actor.scope, await loadIf(id, (i) => this.req.loaders.centerById.load(i)));
  }

  /** A `Center` reference, or null when out of sight. */
  async centerRef(actor: Actor, id: string): Promise<CenterEntity | null> {
    return ifInSight(actor.scope, await this.req.loaders.centerById.load(id));
  }

  /** The center whose code is the longest prefix of `regionCode` (at `level` when given): cases asks at intake and escalation. */
  async centerFor(actor: Actor, regionCode: string, level: Level | null | undefined): Promise<CenterEntity | null> {
    authorize(actor.identity, 'Query.centerFor');
    const code = regionCode.trim();
    if (!REGION_CODE.test(code)) throw badInput('区划编码应为 6、9、12 或 15 位数字', 'regionCode');
    if (level === 'GRID') return null;
    return ifInSight(actor.scope, await this.deps.stores.organisation.centerFor(selfAndAncestorCodes(code), level ?? null));
  }

  /** The nearest center above: normally the parent region's, else further up. */
  async parentOf(actor: Actor, c: CenterEntity): Promise<CenterEntity | null> {
    for (const code of ancestorCodes(c.regionCode).reverse()) {
      const p = await this.req.loaders.centerByRegionCode.load(code);
      if (p) return ifInSight(actor.scope, p);
    }
    return null;
  }

  /** Stationings of a center present in `month` (default: this month; rotating departments only in their months). */
  async stationingsIn(center: CenterEntity, month: number | null | undefined): Promise<StationingEntity[]> {
    return this.presentIn(center, monthOrCurrent(month, this.req.now));
  }

  /** Window staff, and the staff of the departments present in `month` (default: this month). */
  async staffIn(center: CenterEntity, month: number | null | undefined): Promise<StaffEntity[]> {
    const m = monthOrCurrent(month, this.req.now);
    const [staff, present] = await Promise.all([this.req.loaders.staffByCenterId.load(center.id), this.presentIn(center, m)]);
    const departments = new Set(present.map((s) => s.departmentId));
    return staff.filter((s) => s.kind === 'WINDOW' || (s.departmentId !== null && departments.has(s.departmentId)));
  }

  async departments(actor: Actor): Promise<DepartmentEntity[]> {
    authorize(actor.identity, 'Query.departments');
    return this.deps.stores.organisation.allDepartments();
  }

  async department(actor: Actor, id: string): Promise<DepartmentEntity | null> {
    authorize(actor.identity, 'Query.department');
    return loadIf(id, (i) => this.req.loaders.departmentById.load(i));
  }

  /** Key order, null for unknown ids. */
  async departmentsByIds(actor: Actor, ids: readonly string[]): Promise<(DepartmentEntity | null)[]> {
    authorize(actor.identity, 'Query.departmentsByIds');
    const max = this.deps.config.limits.maxFirst;
    if (ids.length > max) throw badInput(`一次最多查询 ${max} 个部门`, 'ids');
    return Promise.all(ids.map((id) => loadIf(id, (i) => this.req.loaders.departmentById.load(i))));
  }

  async staff(actor: Actor, id: string): Promise<StaffEntity | null> {
    authorize(actor.identity, 'Query.staff');
    return ifInSight(actor.scope, await loadIf(id, (i) => this.req.loaders.staffById.load(i)));
  }

  /** A `Staff` reference, or null when out of sight. */
  async staffRef(actor: Actor, id: string): Promise<StaffEntity | null> {
    return ifInSight(actor.scope, await this.req.loaders.staffById.load(id));
  }

  private async presentIn(center: CenterEntity, month: number): Promise<StationingEntity[]> {
    return (await this.req.loaders.stationingsByCenterId.load(center.id)).filter((s) => s.months.includes(month));
  }
}
