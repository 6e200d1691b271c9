/**
 * 问责台账: departments and persons (lead mediators) with their unsatisfied visits — cumulative for
 * 约谈, per year for 取消评先 — the cases behind each count, and the 约谈 records (recordSummons).
 */
import crypto from 'node:crypto';
import { authorize, DomainError, isUuid } from '@zz/common';
import { subtreePattern } from '../domain/access';
import { ledgerStanding, validateSummons, type LedgerStanding, type SubjectKind } from '../domain/accountability-ledger';
import type { LedgerVisitRow, SummonsRow } from '../store/accountability-store';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';

const CST_MS = 8 * 3600_000;

export interface AccountabilityRecordModel extends LedgerStanding {
  subjectKind: SubjectKind;
  subjectId: string;
  year: number;
  /** Visits in the year. */
  followUps: number;
  /** The unsatisfied visits behind the cumulative count, oldest first. */
  cases: { caseId: string; code: string; at: Date; inYear: boolean }[];
  summonses: SummonsRow[];
}

export class AccountabilityService {
  constructor(private readonly deps: SupervisionDeps) {}

  async ledger(actor: Actor, input: { regionId: string; year: number; subjectKind?: SubjectKind | null }): Promise<AccountabilityRecordModel[]> {
    authorize(actor.identity, 'Query.accountabilityLedger');
    const { from, to } = yearRange(input.year, 'year');
    const code = await actor.regions.scopedCode(input.regionId, actor.scope);
    const pattern = subtreePattern(code);
    const [visits, summonses] = await Promise.all([
      this.deps.accountability.visits(this.deps.dataSource, pattern, from, to),
      this.deps.accountability.summonses(this.deps.dataSource, pattern, to),
    ]);
    const kinds: SubjectKind[] = input.subjectKind ? [input.subjectKind] : ['DEPARTMENT', 'MEDIATOR'];
    const out: AccountabilityRecordModel[] = [];
    for (const kind of kinds) {
      const bySubject = new Map<string, LedgerVisitRow[]>();
      for (const v of visits) {
        const id = kind === 'DEPARTMENT' ? v.departmentId : v.mediatorId;
        if (!id) continue;
        const list = bySubject.get(id) ?? [];
        list.push(v);
        bySubject.set(id, list);
      }
      const records = [...bySubject.entries()].map(([subjectId, list]) => {
        const inYear = (v: LedgerVisitRow) => v.at.getTime() >= from.getTime();
        const unsatisfied = list.filter((v) => v.unsatisfied);
        const standing = ledgerStanding(unsatisfied.filter(inYear).length, unsatisfied.length, this.deps.policy.accountability);
        return {
          subjectKind: kind, subjectId, year: input.year, followUps: list.filter(inYear).length, ...standing,
          cases: unsatisfied.map((v) => ({ caseId: v.caseId, code: v.code, at: v.at, inYear: inYear(v) })),
          summonses: summonses.filter((s) => s.subjectKind === kind && s.subjectId === subjectId),
        };
      });
      // Most cumulative unsatisfied first, then the year's, then by id (a stable order for paging by eye).
      records.sort((a, b) => b.cumulativeUnsatisfied - a.cumulativeUnsatisfied || b.unsatisfied - a.unsatisfied || (a.subjectId < b.subjectId ? -1 : 1));
      out.push(...records);
    }
    return out;
  }

  /**
   * recordSummons: a 约谈 of a department or person held by the center of `regionId`. The subject must
   * have unsatisfied visits in that jurisdiction (else FORBIDDEN naming input.subjectId: it is not this
   * center's to summon); the record keeps the cumulative count at the time of the talk.
   */
  async recordSummons(
    actor: Actor,
    input: { regionId: string; subjectKind: SubjectKind; subjectId: string; heldAt: Date | null; heldBy: string; outcome: string },
  ): Promise<SummonsRow> {
    authorize(actor.identity, 'Mutation.recordSummons');
    const now = this.deps.clock();
    const valid = validateSummons(input, now);
    const code = await actor.regions.scopedCode(input.regionId, actor.scope, 'input.regionId');
    if (!isUuid(input.subjectId)) throw new DomainError('BAD_USER_INPUT', '约谈对象不存在', 'input.subjectId');
    return this.deps.dataSource.transaction(async (m) => {
      const pattern = subtreePattern(code);
      if ((await this.deps.accountability.unsatisfiedCount(m, input.subjectKind, input.subjectId, pattern, now)) === 0) {
        throw new DomainError('FORBIDDEN', '该部门或人员在本辖区没有回访不满意记录，不能在此记录约谈', 'input.subjectId');
      }
      // The count the talk was about: the visits up to it (a talk recorded late does not count later ones).
      const count = await this.deps.accountability.unsatisfiedCount(m, input.subjectKind, input.subjectId, pattern, valid.heldAt);
      const row: SummonsRow = {
        id: crypto.randomUUID(), subjectKind: input.subjectKind, subjectId: input.subjectId, regionId: input.regionId, regionCode: code,
        heldAt: valid.heldAt, heldBy: valid.heldBy, outcome: valid.outcome, unsatisfiedCount: count,
        recordedBy: actor.identity.userId, recordedAt: now,
      };
      await this.deps.accountability.insertSummons(m, row);
      return row;
    });
  }
}

/** [Y-01-01, Y+1-01-01) in Beijing time. */
function yearRange(year: number, field: string): { from: Date; to: Date } {
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new DomainError('BAD_USER_INPUT', '年份必须是四位数', field);
  return { from: new Date(Date.UTC(year, 0, 1) - CST_MS), to: new Date(Date.UTC(year + 1, 0, 1) - CST_MS) };
}
