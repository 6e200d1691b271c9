import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { badInput, Scope, type BaseContext, type Config, type Identity, type RequestMeta } from '@zz/common';
import { createStores, type PersonnelStores } from './store';
import type { UserEntity } from './store/entities/user.entity';
import type { CenterEntity } from './store/entities/center.entity';
import type { DepartmentEntity } from './store/entities/department.entity';
import type { StationingEntity } from './store/entities/stationing.entity';
import type { StaffEntity } from './store/entities/staff.entity';
import type { MediatorEntity } from './store/entities/mediator.entity';
import type { AppointmentEntity } from './store/entities/appointment.entity';
import { createPeerServices, type PeerServices } from './peers';
import { localDayRange } from './domain/days';
import { createServices, type PersonnelServices, type RequestState, type ServiceDeps } from './service';

/** One request: who asks (BaseContext: identity, scope), its loaders and clock, and its use cases. */
export interface PersonnelContext extends BaseContext, RequestState {
  services: PersonnelServices;
  /**
   * Set by a successful `login`: the token issued and the identity it proves. The rest of the request
   * runs as that identity (here: `identity`/`scope` are replaced; at the gateway: AUTHENTICATED_HEADER).
   */
  authenticated: { token: string; identity: Identity } | null;
}

export type Loaders = ReturnType<typeof createLoaders>;

function byKey<T, K>(rows: T[], keys: readonly K[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<T, K>(rows: T[], keys: readonly K[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Per request: batching within it, no cache shared between callers. Jurisdiction is applied by the services. */
export function createLoaders(r: PersonnelStores) {
  return {
    userById: new DataLoader<string, UserEntity | null>(async (ids) => byKey(await r.users.byIds(ids), ids, (u) => u.id)),
    centerById: new DataLoader<string, CenterEntity | null>(async (ids) => byKey(await r.organisation.centersByIds(ids), ids, (c) => c.id)),
    centerByRegionCode: new DataLoader<string, CenterEntity | null>(async (codes) => byKey(await r.organisation.centersByRegionCodes(codes), codes, (c) => c.regionCode)),
    departmentById: new DataLoader<string, DepartmentEntity | null>(async (ids) => byKey(await r.organisation.departmentsByIds(ids), ids, (d) => d.id)),
    stationingsByCenterId: new DataLoader<string, StationingEntity[]>(async (ids) => groupBy(await r.organisation.stationingsByCenterIds(ids), ids, (s) => s.centerId)),
    staffByCenterId: new DataLoader<string, StaffEntity[]>(async (ids) => groupBy(await r.organisation.staffByCenterIds(ids), ids, (s) => s.centerId)),
    staffById: new DataLoader<string, StaffEntity | null>(async (ids) => byKey(await r.organisation.staffByIds(ids), ids, (s) => s.id)),
    mediatorById: new DataLoader<string, MediatorEntity | null>(async (ids) => byKey(await r.mediators.byIds(ids), ids, (m) => m.id)),
    mediatorsByCenterId: new DataLoader<string, MediatorEntity[]>(async (ids) => groupBy(await r.mediators.byCenterIds(ids), ids, (m) => m.centerId)),
    appointmentById: new DataLoader<string, AppointmentEntity | null>(async (ids) => byKey(await r.appointments.byIds(ids), ids, (a) => a.id)),
    /** Key `${mediatorId}|${YYYY-MM-DD}`: one query for every mediator and day asked in the request. */
    bookedSlots: new DataLoader<string, AppointmentEntity[]>(async (keys) => {
      const parsed = keys.map((k) => {
        const [mediatorId, day] = k.split('|');
        return { mediatorId, ...localDayRange(day) };
      });
      const from = new Date(Math.min(...parsed.map((p) => p.start.getTime())));
      const to = new Date(Math.max(...parsed.map((p) => p.end.getTime())));
      const rows = await r.appointments.bookedBetween([...new Set(parsed.map((p) => p.mediatorId))], from, to);
      return parsed.map((p) => rows.filter((a) => a.mediatorId === p.mediatorId && a.startsAt < p.end && a.endsAt > p.start));
    }),
  };
}

export function createContextFactory(dataSource: DataSource, config: Config, peers: PeerServices = createPeerServices(config)) {
  const deps: ServiceDeps = { dataSource, config, peers, stores: createStores(dataSource) };
  return (identity: Identity, meta: RequestMeta = { clientAddress: null }): PersonnelContext => {
    const request: Omit<PersonnelContext, 'services'> = {
      identity, scope: Scope.of(identity), loaders: createLoaders(deps.stores), now: new Date(),
      authenticated: null, tokenStatusChanged: new Set(), clientAddress: meta.clientAddress,
    };
    return Object.assign(request, { services: createServices(deps, request) });
  };
}

/**
 * Runs `login`, after which the rest of the request is the user's: the payload's own fields (e.g.
 * `user { mediator }`) are scoped to the new identity, and the gateway, told by AUTHENTICATED_HEADER,
 * resolves the entities that follow (`user { region }` in grid) as that user too. One login per
 * request, so that every part of the answer belongs to one identity.
 */
export async function loginOnce<T extends { token: string; identity: Identity }>(ctx: PersonnelContext, login: () => Promise<T>): Promise<T> {
  if (ctx.authenticated) throw badInput('一次请求只能登录一次 (one login per request)', 'username');
  const result = await login();
  ctx.authenticated = { token: result.token, identity: result.identity };
  ctx.identity = result.identity;
  ctx.scope = Scope.of(result.identity);
  return result;
}
