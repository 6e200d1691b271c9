/**
 * Reads: one case (by id or code), a consultation, the jurisdiction-scoped list (keyset-paginated,
 * newest first), the escalation ladder. Out-of-scope cases are null / left out, never an error that
 * would reveal they exist (domain/access.ts decides; the store receives the region-code prefix).
 */
import { ValidationErrors, authorize, badInput, currentExport, decodeKeyCursor, encodeKeyCursor, isUuid, noteSensitiveRead, pageSize, type Config } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import type { ConsultationEntity } from '../store/entities/consultation.entity';
import type { Loaders } from '../context';
import type { CaseListQuery, CaseStore } from '../store/case-store';
import { inJurisdiction, listPrefix, maySeePartyPii } from '../domain/access';
import { validateCaseId } from '../domain/assignment';
import { isCaseCode } from '../domain/case-code';
import type { RegionLevel } from '../domain/ladder';
import type { CasePolicy } from '../domain/policy';
import type { Actor } from './case-changes';
import type { Directory } from './directory';

export interface CaseFilterInput {
  regionId?: string | null;
  status?: readonly string[] | null;
  type?: readonly string[] | null;
  channel?: readonly string[] | null;
  level?: string | null;
  overdue?: boolean | null;
  receivedFrom?: Date | string | null;
  receivedTo?: Date | string | null;
  search?: string | null;
  /** 领导包案: only the cases this leader (a user id) took. */
  leaderId?: string | null;
}

export interface CasePage {
  edges: { cursor: string; node: CaseEntity }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

const SEARCH_MAX = 100;
/** Rows per page when the gateway exports the list to Excel. */
const EXPORT_PAGE_MAX = 1000;
const EMPTY: CasePage = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: async () => 0 };

const cursorOf = (c: CaseEntity) => encodeKeyCursor([new Date(c.receivedAt).toISOString(), c.id]);

export class CaseQueries {
  constructor(private readonly store: CaseStore, private readonly directory: Directory, private readonly config: Config, private readonly policy: CasePolicy) {}

  /** The case when it lies in the caller's jurisdiction, else null (as if it did not exist). */
  visible(actor: Actor, c: CaseEntity | null | undefined): CaseEntity | null {
    return c && inJurisdiction(actor.scope, c.regionCode) ? c : null;
  }

  /** The rows (linked or merged cases) that lie in the caller's jurisdiction; the others are left out. */
  visibleRows<T>(actor: Actor, rows: readonly T[], regionCodeOf: (row: T) => string): T[] {
    return rows.filter((r) => inJurisdiction(actor.scope, regionCodeOf(r)));
  }

  /** Whether the caller reads this case's parties' phone and ID numbers in full. */
  maySeePartyPii(actor: Actor, c: CaseEntity): boolean {
    return maySeePartyPii(actor.identity, actor.scope, c);
  }

  /** Query.case, through the request's loader (batched with every other reference of the request). */
  async byId(actor: Actor, id: string, loaders: Loaders): Promise<CaseEntity | null> {
    authorize(actor.identity, 'Query.case');
    return this.visible(actor, await loaders.caseById.load(validateCaseId(id)));
  }

  /** Query.consultation: visible when its case is. */
  async consultation(actor: Actor, id: string, loaders: Loaders): Promise<ConsultationEntity | null> {
    authorize(actor.identity, 'Query.consultation');
    const c = await loaders.consultationById.load(validateCaseId(id));
    if (!c) return null;
    return this.visible(actor, await loaders.caseById.load(c.caseId)) ? c : null;
  }

  async byCode(actor: Actor, code: string): Promise<CaseEntity | null> {
    authorize(actor.identity, 'Query.caseByCode');
    if (typeof code !== 'string' || !isCaseCode(code)) throw badInput('统一编码格式应为 441422-20261122-000123', 'code');
    return this.visible(actor, await this.store.caseByCode(code.trim()));
  }

  async list(actor: Actor, filter: CaseFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<CasePage> {
    authorize(actor.identity, 'Query.cases');
    // The gateway's Excel export (and only it: clients cannot set the header) pages in larger steps.
    const exporting = currentExport() === 'cases';
    const limit = pageSize(first, exporting ? EXPORT_PAGE_MAX : this.config.limits.maxFirst);
    const f = filter ?? {};
    const errors = new ValidationErrors();

    let keyset: CaseListQuery['after'] = null;
    const cursor = decodeKeyCursor(after);
    if (cursor) {
      const [receivedAt, id] = cursor;
      if (typeof receivedAt !== 'string' || Number.isNaN(Date.parse(receivedAt)) || typeof id !== 'string' || !isUuid(id)) {
        errors.add('after', '无效的分页游标 (invalid cursor)');
      } else keyset = { receivedAt, id };
    }
    let search: string | null = null;
    if (typeof f.search === 'string' && f.search.trim()) {
      search = f.search.trim();
      if ([...search].length > SEARCH_MAX) errors.add('filter.search', `关键词不能超过 ${SEARCH_MAX} 个字符`);
    }
    if (f.regionId && !isUuid(f.regionId)) errors.add('filter.regionId', '区域编号无效');
    if (f.leaderId && !isUuid(f.leaderId)) errors.add('filter.leaderId', '领导账号编号无效');
    const from = f.receivedFrom ? new Date(f.receivedFrom) : null;
    const to = f.receivedTo ? new Date(f.receivedTo) : null;
    if (from && to && from.getTime() > to.getTime()) errors.add('filter.receivedTo', '结束时间早于开始时间');
    errors.throwIfAny();

    let requested: string | null = null;
    if (f.regionId) {
      const region = await this.directory.region(f.regionId, actor.identity);
      if (!region) return EMPTY;
      requested = region.code;
    }
    const prefix = listPrefix(actor.scope, requested);
    if (prefix === null) return EMPTY;

    const query: CaseListQuery = {
      regionPrefix: prefix, status: f.status, type: f.type, channel: f.channel, level: (f.level as RegionLevel) ?? null,
      overdue: f.overdue ?? null, receivedFrom: from, receivedTo: to, search, now: new Date(), after: keyset, limit,
      leaderId: f.leaderId ?? null,
    };
    const rows = limit === 0 ? [] : await this.store.list(query);
    const page = rows.slice(0, limit);
    // Rows leaving as a file are a sensitive read of each case (who exported what, when, from where).
    if (exporting) noteSensitiveRead('EXPORT', 'Case', page.map((c) => c.id));
    return {
      edges: page.map((node) => ({ cursor: cursorOf(node), node })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
      totalCount: () => this.store.count(query),
    };
  }
}
