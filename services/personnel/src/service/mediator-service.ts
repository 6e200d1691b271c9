/**
 * The mediator pool (调解人才库), the gold team (金牌调解团队) and the expert pools: reference data in
 * sight in the caller's subtree and on its chain upward; records are maintained by an ADMIN of their
 * center's jurisdiction (records above it are visible, not editable).
 */
import { authorize, badInput, type Connection, decodeKeyCursor, DomainError, encodeKeyCursor, forbidden, inTransaction, isUuid, notFound, pageSize, toConnection } from '@zz/common';
import type { MediatorEntity } from '../store/entities/mediator.entity';
import type { MediatorCursor, MediatorListFilter } from '../store/mediator-store';
import { ifInSight, inJurisdiction, inSightFilter } from '../domain/access';
import type { CandidateKind } from '../domain/matching';
import { applyMediatorChanges, validateNewMediator, type MediatorChanges, type NewMediatorInput } from '../domain/mediators';
import { loadIf, type Actor, type RequestState, type ServiceDeps } from './request';

export interface MediatorListArgs {
  filter?: MediatorListFilter | null;
  first?: number | null;
  after?: string | null;
}

function mediatorCursor(after: string | null | undefined): MediatorCursor | null {
  const v = decodeKeyCursor(after);
  if (v === null) return null;
  if (v.length !== 3 || !v.every((x) => typeof x === 'string') || !isUuid(v[2] as string)) throw badInput('无效的分页游标 (invalid cursor)', 'after');
  return v as MediatorCursor;
}

export class MediatorService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  /** Ordered by center code → name → id, so the county's pool comes first. */
  async list(actor: Actor, args: MediatorListArgs): Promise<Connection<MediatorEntity>> {
    authorize(actor.identity, 'Query.mediators');
    const { config, stores: { mediators } } = this.deps;
    const limit = pageSize(args.first, config.limits.maxFirst);
    const f = args.filter ?? {};
    if (f.centerId && !isUuid(f.centerId)) return toConnection([], limit, () => '', 0);
    const filter = { centerId: f.centerId, specialty: f.specialty, language: f.language, goldTeam: f.goldTeam, kind: f.kind, available: f.available };
    const within = inSightFilter(actor.scope);
    const rows = await mediators.page(within, filter, limit, mediatorCursor(args.after));
    for (const m of rows) this.req.loaders.mediatorById.prime(m.id, m);
    return toConnection(rows, limit, (m) => encodeKeyCursor([m.regionCode, m.name, m.id]), () => mediators.count(within, filter));
  }

  async mediator(actor: Actor, id: string): Promise<MediatorEntity | null> {
    authorize(actor.identity, 'Query.mediator');
    return ifInSight(actor.scope, await loadIf(id, (i) => this.req.loaders.mediatorById.load(i)));
  }

  /** A `Mediator` reference (or an account's mediator record), or null when out of sight. */
  async mediatorRef(actor: Actor, id: string): Promise<MediatorEntity | null> {
    return ifInSight(actor.scope, await this.req.loaders.mediatorById.load(id));
  }

  /** The pool of one center, as far as it is in sight. */
  async ofCenter(actor: Actor, centerId: string): Promise<MediatorEntity[]> {
    return (await this.req.loaders.mediatorsByCenterId.load(centerId)).filter((m) => ifInSight(actor.scope, m));
  }

  async goldTeam(actor: Actor): Promise<MediatorEntity[]> {
    authorize(actor.identity, 'Query.goldTeam');
    return this.deps.stores.mediators.goldTeam(inSightFilter(actor.scope));
  }

  async experts(actor: Actor, kind: CandidateKind | null | undefined): Promise<MediatorEntity[]> {
    authorize(actor.identity, 'Query.experts');
    if (kind === 'MEDIATOR') throw badInput('专家库只有 LEGAL_EXPERT 和 PSYCHOLOGIST', 'kind');
    return this.deps.stores.mediators.experts(inSightFilter(actor.scope), kind ? [kind] : ['LEGAL_EXPERT', 'PSYCHOLOGIST']);
  }

  /** ADMIN adds a pool member to a center of its own jurisdiction. */
  async create(actor: Actor, input: NewMediatorInput): Promise<MediatorEntity> {
    authorize(actor.identity, 'Mutation.createMediator');
    const profile = validateNewMediator(input);
    const center = isUuid(profile.centerId) ? await this.req.loaders.centerById.load(profile.centerId) : null;
    if (!center) throw badInput('中心不存在', 'input.centerId');
    if (!inJurisdiction(actor.scope, center.regionCode)) throw new DomainError('FORBIDDEN', '只能在本辖区的中心新增调解人员', 'input.centerId');
    return this.deps.stores.mediators.create(profile, center);
  }

  /** ADMIN edits a record of its own jurisdiction (records above it are visible, not editable). */
  async update(actor: Actor, id: string, changes: MediatorChanges): Promise<MediatorEntity> {
    authorize(actor.identity, 'Mutation.updateMediator');
    const { loaders } = this.req;
    const { mediators } = this.deps.stores;
    const current = ifInSight(actor.scope, await loadIf(id, (i) => loaders.mediatorById.load(i)));
    if (!current) throw notFound('调解人员不存在');
    if (!inJurisdiction(actor.scope, current.regionCode)) throw forbidden('只能修改本辖区的调解人员档案');
    await inTransaction(this.deps.dataSource, async (m) => {
      const locked = await mediators.lockById(m, id);
      if (!locked) throw notFound('调解人员不存在');
      await mediators.update(m, id, applyMediatorChanges(locked, changes));
    });
    loaders.mediatorById.clear(id);
    return (await loaders.mediatorById.load(id))!;
  }
}
