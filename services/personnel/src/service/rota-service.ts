/**
 * Stationing, windows and the monthly rota of a center ("8+14+N"), and who is on duty on a day.
 * Changes are the center's own business (ADMIN / LEADER of its jurisdiction); reads follow the
 * center (in sight: the caller's subtree and the chain upward). Conflicts are decided by the
 * database's constraints inside one transaction; domain/rota.ts names the field to change.
 */
import type { EntityManager } from 'typeorm';
import { appendEvents, type RotaChangedData } from '@zz/events';
import { rotaPlannedNote, rotaRemovedNote, stationingNote, windowNote } from '../domain/rota-events';
import { authorize, DomainError, inTransaction, isUuid, notFound, pgErrorCode, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, selfAndAncestorCodes } from '@zz/common';
import type { CenterEntity } from '../store/entities/center.entity';
import type { CenterWindowEntity } from '../store/entities/rota.entity';
import type { StaffEntity } from '../store/entities/staff.entity';
import type { StationingEntity } from '../store/entities/stationing.entity';
import type { RotaRow } from '../store/rota-store';
import { ifInSight, inJurisdiction } from '../domain/access';
import { localDayRange } from '../domain/days';
import {
  defaultWindowLabel, dutyOf, localYearMonth, rotaRefusal, stationingRefusal, validateRota, validateStationing, validateWindow,
  type DutyEntry, type Refusal, type RotaInput, type StationingInput, type WindowInput, type YearMonth,
} from '../domain/rota';
import { loadIf, type Actor, type RequestState, type ServiceDeps } from './request';

export interface DutyModel extends DutyEntry {
  centerId: string;
}

const refusalOf = (err: unknown): Refusal | null => {
  const code = pgErrorCode(err);
  if (code !== PG_UNIQUE_VIOLATION && code !== PG_FOREIGN_KEY_VIOLATION) return null;
  const e = err as { constraint?: string; detail?: string; driverError?: { constraint?: string; detail?: string } };
  return { constraint: e.driverError?.constraint ?? e.constraint, detail: e.driverError?.detail ?? e.detail };
};

export class RotaService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  windowsOf(center: CenterEntity): Promise<CenterWindowEntity[]> {
    return this.req.loaders.windowsByCenterId.load(center.id);
  }

  /** The rota of a month (default: this month at the center). */
  async rotaOf(center: CenterEntity, year: number | null | undefined, month: number | null | undefined): Promise<RotaRow[]> {
    const now = localYearMonth(this.req.now);
    const ym = { year: year ?? now.year, month: month ?? now.month };
    if (!Number.isInteger(ym.year) || ym.year < 2000 || ym.year > 2100) throw new DomainError('BAD_USER_INPUT', '年份须为 2000–2100', 'year');
    if (!Number.isInteger(ym.month) || ym.month < 1 || ym.month > 12) throw new DomainError('BAD_USER_INPUT', '月份须为 1–12', 'month');
    return this.req.loaders.rotaByCenterMonth.load(`${center.id}|${ym.year}|${ym.month}`);
  }

  /** Staff of a rota entry or duty entry, as the caller may see them (a center in sight: all of them). */
  async staffByIds(actor: Actor, ids: readonly string[]): Promise<StaffEntity[]> {
    const rows = await Promise.all(ids.map((id) => this.req.loaders.staffById.load(id)));
    return rows.filter((s): s is StaffEntity => !!ifInSight(actor.scope, s));
  }

  /** Who is on duty at the center on `day` (`YYYY-MM-DD`, Beijing; default today). */
  async onDuty(center: CenterEntity, day: string | null | undefined): Promise<DutyModel[]> {
    const ym = day ? localYearMonth(localDayRange(day).start) : localYearMonth(this.req.now);
    return this.dutyAt(center, ym);
  }

  /**
   * Routing suggestions: the departments on duty on `day` at the centers responsible for a region —
   * its own center and those above it, nearest first. A region out of the caller's sight: none.
   */
  async departmentsOnDuty(actor: Actor, regionId: string, day: string | null | undefined): Promise<DutyModel[]> {
    authorize(actor.identity, 'Query.departmentsOnDuty');
    const ym = day ? localYearMonth(localDayRange(day).start) : localYearMonth(this.req.now);
    const region = isUuid(regionId) ? await this.deps.peers.region(regionId, actor.identity) : null;
    if (!region) return [];
    const codes = selfAndAncestorCodes(region.code).sort((a, b) => b.length - a.length);
    const centers = await Promise.all(codes.map((c) => this.req.loaders.centerByRegionCode.load(c)));
    const duty = await Promise.all(centers.map((c) => (c && ifInSight(actor.scope, c) ? this.dutyAt(c, ym) : Promise.resolve([]))));
    return duty.flat();
  }

  async setStationing(actor: Actor, input: StationingInput & { centerId: string; departmentId: string }): Promise<StationingEntity> {
    authorize(actor.identity, 'Mutation.setStationing');
    const center = await this.centerToChange(actor, input.centerId);
    const s = validateStationing(input);
    const department = await loadIf(input.departmentId, (id) => this.req.loaders.departmentById.load(id));
    if (!department) throw new DomainError('BAD_USER_INPUT', '部门不存在', 'input.departmentId');
    if (s.contactStaffId) {
      const contact = await loadIf(s.contactStaffId, (id) => this.req.loaders.staffById.load(id));
      if (!contact || contact.centerId !== center.id) throw new DomainError('BAD_USER_INPUT', '联系人须为本中心的工作人员', 'input.contactStaffId');
    }
    await this.refusingAs(stationingRefusal, () =>
      inTransaction(this.deps.dataSource, async (m) => {
        await this.deps.stores.rota.upsertStationing(m, center.id, department.id, s);
        await this.announce(m, actor, center, { change: 'STATIONING_SET', departmentId: department.id, windowNumber: null, year: null, month: null },
          stationingNote(center.name, department.name, s.mode, s.months ?? []));
      }));
    this.req.loaders.stationingsByCenterId.clear(center.id);
    return (await this.deps.stores.rota.stationing(center.id, department.id))!;
  }

  async setWindow(actor: Actor, input: WindowInput & { centerId: string }): Promise<CenterWindowEntity> {
    authorize(actor.identity, 'Mutation.setCenterWindow');
    const center = await this.centerToChange(actor, input.centerId);
    const w = validateWindow(input);
    let departmentName: string | null = null;
    if (w.departmentId) {
      const d = await loadIf(w.departmentId, (id) => this.req.loaders.departmentById.load(id));
      if (!d) throw new DomainError('BAD_USER_INPUT', '部门不存在', 'input.departmentId');
      departmentName = d.name;
    }
    const label = w.label ?? defaultWindowLabel(w.kind, w.number, departmentName);
    await this.refusingAs(stationingRefusal, () =>
      inTransaction(this.deps.dataSource, async (m) => {
        await this.deps.stores.rota.upsertWindow(m, center, { ...w, label });
        await this.announce(m, actor, center, { change: 'WINDOW_SET', departmentId: w.departmentId ?? null, windowNumber: w.number, year: null, month: null },
          windowNote(center.name, w.number, w.kind, label));
      }));
    return (await this.deps.stores.rota.window(center.id, w.number))!;
  }

  /**
   * Plans one rotating window of one month: which department, which staff. Staff outside the caller's
   * jurisdiction are FORBIDDEN on their field; everything else the constraints decide.
   */
  async plan(actor: Actor, input: RotaInput & { centerId: string }): Promise<RotaRow> {
    authorize(actor.identity, 'Mutation.planRota');
    const center = await this.centerToChange(actor, input.centerId);
    const r = validateRota(input, this.req.now);
    const department = isUuid(r.departmentId) ? await this.req.loaders.departmentById.load(r.departmentId) : null;
    if (!department) throw new DomainError('BAD_USER_INPUT', '部门不存在', 'input.departmentId');
    for (const [k, id] of r.staffIds.entries()) {
      const staff = await loadIf(id, (i) => this.req.loaders.staffById.load(i));
      if (!staff) throw new DomainError('BAD_USER_INPUT', '工作人员不存在', `input.staffIds.${k}`);
      if (!inJurisdiction(actor.scope, staff.regionCode)) throw new DomainError('FORBIDDEN', '该人员不在您的辖区内', `input.staffIds.${k}`);
      // The foreign key says the same; asked first, so that a person of another department placed elsewhere
      // this month hears what is wrong with the choice rather than that the person is busy.
      if (staff.departmentId !== r.departmentId) throw new DomainError('BAD_USER_INPUT', '该人员不是此部门的派驻人员', `input.staffIds.${k}`);
    }
    const id = await this.refusingAs((refusal) => rotaRefusal(refusal, r.staffIds), () =>
      inTransaction(this.deps.dataSource, async (m) => {
        const planned = await this.deps.stores.rota.plan(m, center, r, actor.identity.userId);
        if (planned) {
          await this.announce(m, actor, center, { change: 'ROTA_PLANNED', departmentId: department.id, windowNumber: r.windowNumber, year: r.year, month: r.month },
            rotaPlannedNote(center.name, r.year, r.month, r.windowNumber, department.name));
        }
        return planned;
      }));
    if (!id) throw new DomainError('CONFLICT', '该窗口本月已安排其他部门轮驻', 'input.windowNumber');
    return (await this.deps.stores.rota.rotaById(id))!;
  }

  async removeRota(actor: Actor, id: string): Promise<string> {
    authorize(actor.identity, 'Mutation.removeRotaAssignment');
    const row = isUuid(id) ? await this.deps.stores.rota.rotaById(id) : null;
    if (!row || !inJurisdiction(actor.scope, row.regionCode)) throw notFound('轮驻安排不存在');
    const current = localYearMonth(this.req.now);
    if (row.year * 12 + row.month < current.year * 12 + current.month) {
      throw new DomainError('BAD_USER_INPUT', '该月已过去，轮驻安排不能再修改', 'id');
    }
    const center = await this.req.loaders.centerById.load(row.centerId);
    const department = await this.req.loaders.departmentById.load(row.departmentId);
    const removed = await inTransaction(this.deps.dataSource, async (m) => {
      const gone = await this.deps.stores.rota.removeRota(m, row.id);
      if (gone && center) {
        await this.announce(m, actor, center, { change: 'ROTA_REMOVED', departmentId: row.departmentId, windowNumber: row.windowNumber, year: row.year, month: row.month },
          rotaRemovedNote(center.name, row.year, row.month, row.windowNumber, department?.name ?? '该部门'));
      }
      return gone;
    });
    if (!removed) throw notFound('轮驻安排不存在');
    return row.id;
  }

  private async dutyAt(center: CenterEntity, ym: YearMonth): Promise<DutyModel[]> {
    const { loaders } = this.req;
    const [stationings, windows, rota, staff] = await Promise.all([
      loaders.stationingsByCenterId.load(center.id), loaders.windowsByCenterId.load(center.id),
      loaders.rotaByCenterMonth.load(`${center.id}|${ym.year}|${ym.month}`), loaders.staffByCenterId.load(center.id),
    ]);
    const stationed = staff.filter((s) => s.kind === 'STATIONED');
    return dutyOf(stationings, windows, rota, stationed).map((d) => ({ ...d, centerId: center.id }));
  }

  /** ROTA_CHANGED on the board of the center's region, in the change's transaction. */
  private async announce(m: EntityManager, actor: Actor, center: CenterEntity, data: Omit<RotaChangedData, 'centerId' | 'note'>, note: string): Promise<void> {
    await appendEvents(m, [{
      kind: 'ROTA_CHANGED', source: 'personnel', regionId: center.regionId, regionCode: center.regionCode, actorId: actor.identity.userId,
      occurredAt: this.req.now, data: { centerId: center.id, ...data, note },
    }]);
  }

  /** A center the caller may change: its jurisdiction (a center out of it is FORBIDDEN on the field, as for createMediator). */
  private async centerToChange(actor: Actor, centerId: string): Promise<CenterEntity> {
    const center = await loadIf(centerId, (id) => this.req.loaders.centerById.load(id));
    if (!center) throw new DomainError('BAD_USER_INPUT', '中心不存在', 'input.centerId');
    if (!inJurisdiction(actor.scope, center.regionCode)) throw new DomainError('FORBIDDEN', '该中心不在您的辖区内', 'input.centerId');
    return center;
  }

  private async refusingAs<T>(map: (r: Refusal) => DomainError | null, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      const refusal = refusalOf(err);
      const mapped = refusal && map(refusal);
      throw mapped ?? err;
    }
  }
}
