/** 重点人群: every read passes the rule of domain/access.ts, in SQL for lists and per record for fields. */
import { authorize, encodeKeyCursor, forbidden, inTransaction, isUuid, noteSensitiveRead, notFound, pageSize, toConnection, ValidationErrors } from '@zz/common';
import type { GridEntity } from '../store/entities/grid.entity';
import type { KeyPersonEntity } from '../store/entities/key-person.entity';
import { canReadKeyPersons, inJurisdiction, jurisdictionPrefix, keyPersonReadFilter } from '../domain/access';
import { validateKeyPersonFields, type KeyPersonFieldsInput } from '../domain/grid-input';
import { latestVisit, nextVisitDue, validateCareFields, validateVisit, visitInterval, visitOverdue, type CareFieldsInput, type KeyPersonTier } from '../domain/key-person-care';
import type { KeyPersonVisitEntity } from '../store/entities/key-person-visit.entity';
import type { KeyPersonRiskEntity } from '../store/entities/key-person-risk.entity';
import { keyPersonKeys, validateIdentifiers, type IdentifierInput } from '../domain/key-person-risk';
import type { GridService } from './grid-service';
import { pairCursor } from './input';
import type { Actor, AddKeyPersonInput, GridDeps, GridKeyPersonsInput, KeyPersonListInput, KeyPersonPage, RecordVisitInput } from './types';

const REFUSED = '无权查看重点人群信息：仅限本网格网格员及上级领导、督办人员 (key persons are readable only by this grid\'s workers and leaders/supervisors above it)';

const keyPersonCursor = (k: KeyPersonEntity) => encodeKeyCursor([k.name, k.id]);

export class KeyPersonService {
  constructor(private readonly d: GridDeps, private readonly grids: GridService) {}

  assertCanRead(actor: Actor, gridCode: string): void {
    if (!canReadKeyPersons(actor.identity, gridCode)) throw forbidden(REFUSED);
  }

  /**
   * A record's name, plan or category is about to be served: each field re-checks the rule (the record
   * was already filtered by it, so nothing leaks through a new path) and is audited (one entry per request).
   */
  reveal(actor: Actor, k: KeyPersonEntity): KeyPersonEntity {
    this.assertCanRead(actor, k.regionCode);
    noteSensitiveRead('KEY_PERSON', 'KeyPerson', [k.id]);
    return k;
  }

  async list(actor: Actor, args: KeyPersonListInput): Promise<KeyPersonPage> {
    authorize(actor.identity, 'Query.keyPersons');
    const access = keyPersonReadFilter(actor.identity);
    if (!access) throw forbidden(REFUSED);
    const limit = pageSize(args.first, this.d.maxFirst);
    const after = pairCursor(args.after);
    let prefix = await this.grids.regionPrefix(actor, args.regionId);
    let gridId: string | null = null;
    if (prefix !== null && args.gridId) {
      const grid = await this.grids.visible(actor, args.gridId);
      if (!grid) prefix = null;
      else {
        // Naming a grid one may see but not read is refused outright, as the Grid.keyPersons field is.
        this.assertCanRead(actor, grid.regionCode);
        gridId = grid.id;
      }
    }
    if (prefix === null) return toConnection([], limit, () => '', 0);
    const filter = { prefix, access, category: args.category ?? null, gridId, tier: args.tier ?? null, dueBefore: args.visitDue ? this.d.now : null };
    const rows = await this.d.stores.keyPersons.page(filter, limit, after);
    return toConnection(rows, limit, keyPersonCursor, () => this.d.stores.keyPersons.count(filter));
  }

  /** `Grid.keyPersons`: batched across the grids of a response (one statement per distinct argument set). */
  async ofGrid(actor: Actor, grid: GridEntity, args: GridKeyPersonsInput): Promise<KeyPersonPage> {
    this.assertCanRead(actor, grid.regionCode);
    const access = keyPersonReadFilter(actor.identity)!;
    const limit = pageSize(args.first, this.d.maxFirst);
    const after = pairCursor(args.after);
    const filter = { prefix: jurisdictionPrefix(actor.scope) ?? grid.regionCode, access, category: args.category ?? null };
    const rows = await this.d.loaders.keyPersonsOfGrid(JSON.stringify([args.category ?? null, limit, after]), { ...filter, limit, after }).load(grid.id);
    return toConnection(rows, limit, keyPersonCursor, () => this.d.loaders.keyPersonCountOfGrid(JSON.stringify([args.category ?? null]), filter).load(grid.id));
  }

  /** `GridBaseData.keyPersons`: how many (under the same rule as the records). */
  async countOfGrid(actor: Actor, grid: GridEntity): Promise<number> {
    this.assertCanRead(actor, grid.regionCode);
    return this.d.loaders.keyPersonCountByGridId.load(grid.id);
  }

  async add(actor: Actor, input: AddKeyPersonInput): Promise<KeyPersonEntity> {
    authorize(actor.identity, 'Mutation.addKeyPerson');
    const errors = new ValidationErrors();
    const grid = await this.grids.forInput(actor, input.gridId, 'input.gridId', errors);
    if (grid) this.assertCanRead(actor, grid.regionCode);
    const care = validateCareFields(input, true, errors);
    const ids = validateIdentifiers(input, errors);
    const fields = validateKeyPersonFields(input, true, errors);
    const g = grid as GridEntity;
    const tier = care.tier!;
    const visitEveryDays = care.visitEveryDays ?? null;
    const keys = { idNumberKey: ids.idNumberKey ?? null, phoneKey: ids.phoneKey ?? null };
    return inTransaction(this.d.dataSource, (m) => this.d.stores.keyPersons.insert(m, {
      gridId: g.id, regionCode: g.regionCode, name: fields.name!, category: fields.category!, plan: fields.plan!,
      tier, responsibleCadre: care.responsibleCadre ?? null, visitEveryDays,
      nextVisitDueAt: nextVisitDue(null, this.d.now, visitInterval(tier, visitEveryDays)),
      ...keys, partyKeys: keyPersonKeys(fields.name!, g.regionCode, keys),
    }, this.d.now));
  }

  async update(actor: Actor, id: string, input: KeyPersonFieldsInput & CareFieldsInput & IdentifierInput): Promise<KeyPersonEntity> {
    authorize(actor.identity, 'Mutation.updateKeyPerson');
    const current = isUuid(id) ? await this.d.stores.keyPersons.byId(id) : null;
    if (!current || !inJurisdiction(actor.scope, current.regionCode)) throw notFound('重点人群记录不存在 (key person not found)');
    this.assertCanRead(actor, current.regionCode);
    const errors = new ValidationErrors();
    const care = validateCareFields(input, false, errors);
    const ids = validateIdentifiers(input, errors);
    const changes = validateKeyPersonFields(input, false, errors);
    return inTransaction(this.d.dataSource, async (m) => {
      const k = await this.d.stores.keyPersons.lock(m, current.id);
      // A new tier or interval runs from the same last visit (domain/key-person-care.ts).
      const plan = care.tier !== undefined || care.visitEveryDays !== undefined
        ? { nextVisitDueAt: nextVisitDue(k.lastVisitedAt, k.createdAt, visitInterval(care.tier ?? (k.tier as KeyPersonTier), care.visitEveryDays !== undefined ? care.visitEveryDays : k.visitEveryDays)) }
        : {};
      // A new name or identifier re-keys the record for matching risk warnings.
      const keyed = changes.name !== undefined || ids.idNumberKey !== undefined || ids.phoneKey !== undefined
        ? (() => {
          const keys = { idNumberKey: ids.idNumberKey !== undefined ? ids.idNumberKey : k.idNumberKey, phoneKey: ids.phoneKey !== undefined ? ids.phoneKey : k.phoneKey };
          return { ...keys, partyKeys: keyPersonKeys(changes.name ?? k.name, k.regionCode, keys) };
        })()
        : {};
      return this.d.stores.keyPersons.update(m, k.id, { ...changes, ...care, ...plan, ...keyed }, this.d.now);
    });
  }

  /** 走访: recorded by whoever may read the record; the plan moves on from the latest visit. */
  async recordVisit(actor: Actor, input: RecordVisitInput): Promise<KeyPersonVisitEntity> {
    authorize(actor.identity, 'Mutation.recordKeyPersonVisit');
    const current = isUuid(input.keyPersonId) ? await this.d.stores.keyPersons.byId(input.keyPersonId) : null;
    if (!current || !inJurisdiction(actor.scope, current.regionCode)) throw notFound('重点人群记录不存在 (key person not found)');
    this.assertCanRead(actor, current.regionCode);
    const visit = validateVisit(input, current.createdAt, this.d.now);
    const visitorName = await this.visitorName(actor);
    return inTransaction(this.d.dataSource, async (m) => {
      const k = await this.d.stores.keyPersons.lock(m, current.id);
      const last = latestVisit(k.lastVisitedAt, visit.visitedAt);
      await this.d.stores.keyPersons.update(m, k.id, {
        lastVisitedAt: last,
        nextVisitDueAt: nextVisitDue(last, k.createdAt, visitInterval(k.tier as KeyPersonTier, k.visitEveryDays)),
      }, this.d.now);
      return this.d.stores.keyPersons.insertVisit(m, {
        keyPersonId: k.id, regionCode: k.regionCode, ...visit, visitorUserId: actor.identity.userId, visitorName,
      }, this.d.now);
    });
  }

  /**
   * A federated reference to a record (a dispatch event's or a risk warning's): the record when the caller
   * may read it, null otherwise — so the person is named only to those who may see them.
   */
  async referenced(actor: Actor, id: string): Promise<KeyPersonEntity | null> {
    if (!isUuid(id) || !keyPersonReadFilter(actor.identity)) return null;
    const k = await this.d.loaders.keyPersonById.load(id);
    return k && inJurisdiction(actor.scope, k.regionCode) && canReadKeyPersons(actor.identity, k.regionCode) ? k : null;
  }

  /** The records a risk warning concerns that the caller may read (the warning itself was read in its jurisdiction). */
  async ofRiskWarning(actor: Actor, warningId: string): Promise<KeyPersonEntity[]> {
    if (!isUuid(warningId) || !keyPersonReadFilter(actor.identity)) return [];
    const ids = await this.d.loaders.keyPersonIdsOfWarning.load(warningId);
    const records = await Promise.all(ids.map((id) => this.referenced(actor, id)));
    return records.filter((k): k is KeyPersonEntity => k !== null);
  }

  /** The risk warnings about a record (newest first, `first` of them, default 5, at most 50), audited with it. */
  async riskWarnings(actor: Actor, k: KeyPersonEntity, first: number | null | undefined): Promise<KeyPersonRiskEntity[]> {
    this.reveal(actor, k);
    const limit = Math.min(Math.max(first ?? 5, 0), 50);
    return this.d.loaders.keyPersonRisks(String(limit), limit).load(k.id);
  }

  /** Is the record's visit overdue at this request's instant? */
  visitOverdue(k: KeyPersonEntity): boolean {
    return visitOverdue(k.nextVisitDueAt, this.d.now);
  }

  /** The record a visit belongs to (the visit was read under the same rule). */
  async required(id: string): Promise<KeyPersonEntity> {
    const k = await this.d.stores.keyPersons.byId(id);
    if (!k) throw notFound('重点人群记录不存在 (key person not found)');
    return k;
  }

  /** A record's latest visits, batched across the records of a response (audited with the record). */
  async visits(actor: Actor, k: KeyPersonEntity, first: number | null | undefined): Promise<KeyPersonVisitEntity[]> {
    this.reveal(actor, k);
    const limit = Math.min(Math.max(first ?? 5, 0), 50);
    return this.d.loaders.keyPersonVisits(String(limit), limit).load(k.id);
  }

  /** The visitor as the record names them: the grid worker's name for a grid worker's account, else the login name. */
  private async visitorName(actor: Actor): Promise<string> {
    const worker = actor.identity.userId ? await this.d.stores.staff.workerOfUser(actor.identity.userId) : null;
    return worker?.name ?? actor.identity.username ?? '系统';
  }
}
