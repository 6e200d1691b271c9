import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { badInput, groupLoader, recordLoader, Scope, type BaseContext, type Config, type Identity, type RequestMeta } from '@zz/common';
import { createStores, type PersonnelStores } from './store';
import type { AppointmentEntity } from './store/entities/appointment.entity';
import type { RotaRow } from './store/rota-store';
import { createPeerServices, type PeerServices } from './service/peers';
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

/** Per request: batching within it, no cache shared between callers. Jurisdiction is applied by the services. */
export function createLoaders(r: PersonnelStores) {
  return {
    userById: recordLoader((ids) => r.users.byIds(ids), (u) => u.id),
    centerById: recordLoader((ids) => r.organisation.centersByIds(ids), (c) => c.id),
    centerByRegionCode: recordLoader((codes) => r.organisation.centersByRegionCodes(codes), (c) => c.regionCode),
    departmentById: recordLoader((ids) => r.organisation.departmentsByIds(ids), (d) => d.id),
    stationingsByCenterId: groupLoader((ids) => r.organisation.stationingsByCenterIds(ids), (s) => s.centerId),
    staffByCenterId: groupLoader((ids) => r.organisation.staffByCenterIds(ids), (s) => s.centerId),
    staffById: recordLoader((ids) => r.organisation.staffByIds(ids), (s) => s.id),
    windowsByCenterId: groupLoader((ids) => r.rota.windowsByCenterIds(ids), (w) => w.centerId),
    /** Key `${centerId}|${year}|${month}`: the rota of every center and month asked in the request, in one query. */
    rotaByCenterMonth: new DataLoader<string, RotaRow[]>(async (keys) => {
      const parsed = keys.map((k) => {
        const [centerId, year, month] = k.split('|');
        return { centerId, year: Number(year), month: Number(month) };
      });
      const rows = await r.rota.rotaByCenterMonths(parsed);
      return parsed.map((p) => rows.filter((a) => a.centerId === p.centerId && a.year === p.year && a.month === p.month));
    }),
    mediatorById: recordLoader((ids) => r.mediators.byIds(ids), (m) => m.id),
    mediatorsByCenterId: groupLoader((ids) => r.mediators.byCenterIds(ids), (m) => m.centerId),
    appointmentById: recordLoader((ids) => r.appointments.byIds(ids), (a) => a.id),
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
