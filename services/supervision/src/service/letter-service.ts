/**
 * Letters (督办文书): issuing one — numbered, addressed, stored and (unless another event announces it)
 * put on the dispatch log, in the caller's transaction — by hand (`issueSupervisionLetter`) or
 * automatically (projector, scheduler, risk warnings); and reading them, within the jurisdiction.
 */
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { authorize, authorizeOn, badInput, conflict, countyCodeOf, isUuid, localDate, notFound, OPEN_CASE_STATUSES, orderByKey, ValidationErrors, wellFormedIds } from '@zz/common';
import { appendEvents } from '@zz/events';
import { jurisdictionPattern, subtreePattern, visible } from '../domain/access';
import { LETTER_KIND_NAMES, LETTER_KINDS, letterNumber, type LetterKind } from '../domain/accountability';
import type { CaseRow } from '../domain/read-model';
import { answerDueAt, issuingCenterName, renderDocument, type LetterState } from '../domain/documents';
import type { LetterRow } from '../store/rows';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';
import { connectionOf, keysetArgs } from './paging';

export const LETTER_NOTE_MAX = 1000;

export const letterNotFound = () => notFound('文书不存在或不在本人辖区内');

/** An unknown case, an out-of-scope one and an id that is not even a UUID all read the same. */
export function caseNotFound(): Error {
  return notFound('案件不存在或不在本人辖区内');
}

export interface IssueLetter {
  kind: LetterKind;
  row: Pick<CaseRow, 'caseId' | 'code' | 'regionId' | 'regionCode' | 'leadDepartmentId' | 'type' | 'complexity' | 'status'>;
  issuedAt: Date;
  /** The user who issued it by hand; null for automatic letters. */
  issuedBy: string | null;
  automatic: boolean;
  /** Dedupe key of an automatic letter (e.g. `ASSIGNMENT:<event id>`): issued at most once. */
  trigger: string | null;
  note: string | null;
  /** false when another event announces the letter (a RISK_WARNING event carries its 风险预警函). */
  announce?: boolean;
  /** The ladder step the letter is about (a 督办函 for a stalled step). */
  step?: { key: string; name: string } | null;
  /**
   * A 反馈单 closes letters: `answers` the one answered by hand (its answer is the note); `closeOpen`: an
   * outcome 反馈单 closes every letter of the case still waiting for an answer (the outcome settles them all).
   */
  answers?: LetterRow | null;
  closeOpen?: boolean;
  /**
   * The center that issues it (受理告知单, 交办单 and outcome 反馈单: the center handling the case), with the
   * series it numbers in; absent or unknown: the county center. A hand 反馈单 continues the series of the letter it answers.
   */
  center?: { name: string; prefix: string } | null;
  /** Who signs a 反馈单 answered by hand (the answering department), and to whom it goes back. */
  issuer?: string;
  addressee?: string | null;
  toDepartmentId?: string | null;
}

export class LetterService {
  constructor(private readonly deps: SupervisionDeps) {}

  /** issueSupervisionLetter: any kind, by hand, about a case of the caller's jurisdiction. */
  async issueByHand(actor: Actor, input: { caseId: string; kind: LetterKind; note?: string | null }): Promise<LetterRow> {
    const { deps } = this;
    authorize(actor.identity, 'Mutation.issueSupervisionLetter');
    const errors = new ValidationErrors();
    if (!(LETTER_KINDS as readonly string[]).includes(input.kind)) errors.add('kind', `未知的文书类型「${String(input.kind)}」`);
    // A 受理告知单 is the acceptance's own document: it is issued when the case is accepted, never by hand.
    else if (input.kind === 'ACCEPTANCE_NOTICE') errors.add('kind', '受理告知单在案件受理时自动生成，不能手工发出');
    const note = typeof input.note === 'string' && input.note.trim() !== '' ? input.note.trim() : null;
    if (note && [...note].length > LETTER_NOTE_MAX) errors.add('note', `说明不能超过 ${LETTER_NOTE_MAX} 字`);
    errors.throwIfAny();
    if (!isUuid(input.caseId)) throw caseNotFound();
    return deps.dataSource.transaction(async (m) => {
      const [found] = await deps.readModel.casesByIds(m, [input.caseId]);
      const row = visible(actor.scope, found);
      if (!row) throw caseNotFound();
      const letter = await this.issue(m, {
        kind: input.kind,
        row,
        issuedAt: deps.clock(),
        issuedBy: actor.identity.userId,
        automatic: false,
        trigger: null,
        note,
      });
      if (!letter) throw badInput('文书未能发出', 'kind');
      return letter;
    });
  }

  /** Issues the letter in the caller's transaction; null when its trigger has fired before. */
  async issue(m: EntityManager, input: IssueLetter): Promise<LetterRow | null> {
    const { deps } = this;
    if (input.trigger && (await deps.letters.triggered(m, input.trigger))) return null;
    const prefix = input.answers?.prefix ?? input.center?.prefix ?? (await deps.prefixes.prefixFor(m, countyCodeOf(input.row.regionCode)));
    // The document year is the local (CST) year of issue.
    const year = Number(localDate(input.issuedAt).slice(0, 4));
    const seq = await deps.letters.nextSeq(m, prefix, input.kind, year);
    const number = letterNumber(input.kind, year, seq, prefix);
    const center = input.center?.name ?? issuingCenterName(await deps.letters.countyName(m, countyCodeOf(input.row.regionCode)));
    const deadline = await deps.readModel.deadline(m, input.row.caseId);
    const closes = input.answers ? [input.answers] : input.closeOpen ? await deps.letters.openForCase(m, input.row.caseId) : [];
    // The link a 反馈单 keeps is to the 交办单 it closes when there is one (the pair); the rest point back at it.
    const primary = closes.find((l) => l.kind === 'ASSIGNMENT') ?? closes[0] ?? null;
    // A letter the platform issues about a case already settled (a risk warning on a later event) informs; it asks nothing.
    const informs = input.automatic && !OPEN_CASE_STATUSES.includes(input.row.status);
    const dueAt = informs ? null : answerDueAt(input.kind, input.issuedAt, deps.policy.calendar);
    const doc = renderDocument({
      kind: input.kind,
      number,
      caseCode: input.row.code,
      type: input.row.type,
      complexity: input.row.complexity,
      deadlineAt: deadline?.open ? deadline.deadlineAt : null,
      stepName: input.step?.name ?? (deadline?.open ? deadline.stepName : null),
      dueAt,
      note: input.note,
      issuer: center,
      answers: input.answers ? { number: input.answers.number, kind: input.answers.kind, answer: input.note ?? '' } : null,
    });
    const letter: LetterRow = {
      id: crypto.randomUUID(),
      number,
      prefix,
      kind: input.kind,
      year,
      seq,
      caseId: input.row.caseId,
      regionId: input.row.regionId,
      regionCode: input.row.regionCode,
      // Every letter goes to the case's lead department (交办单 to the department it is assigned to, 督办函 to the
      // one that is late …); none assigned yet: the handling center itself, `to` stays empty.
      toDepartmentId: input.toDepartmentId !== undefined ? input.toDepartmentId : input.row.leadDepartmentId,
      issuedAt: input.issuedAt,
      issuedBy: input.issuedBy,
      automatic: input.automatic,
      trigger: input.trigger,
      note: input.note,
      stepKey: input.step?.key ?? null,
      stepName: input.step?.name ?? null,
      issuer: input.issuer ?? center,
      addressee: input.addressee ?? null,
      title: doc.title,
      body: doc.body,
      templateVersion: doc.templateVersion,
      dueAt,
      answeredAt: null,
      answer: null,
      answeredBy: null,
      answerLetterId: null,
      answersLetterId: primary?.id ?? null,
    };
    await deps.letters.insert(m, letter);
    for (const l of closes) {
      const done = await deps.letters.markAnswered(m, l.id, { at: input.issuedAt, answer: input.note ?? doc.body, by: input.issuedBy, letterId: letter.id });
      // Only a hand answer can race (the row is locked, but it may have been answered before the lock): CONFLICT.
      if (!done && input.answers) throw conflict('该文书已反馈，不能重复反馈');
    }
    if (input.announce ?? true) {
      await appendEvents(m, [
        {
          kind: 'SUPERVISION_LETTER',
          source: 'supervision',
          regionId: letter.regionId,
          regionCode: letter.regionCode,
          caseId: letter.caseId,
          letterId: letter.id,
          actorId: input.issuedBy,
          occurredAt: letter.issuedAt,
          data: {
            letterId: letter.id,
            number: letter.number,
            letterKind: letter.kind,
            toDepartmentId: letter.toDepartmentId,
            caseCode: input.row.code,
            automatic: letter.automatic,
            ...(letter.stepKey ? { stepKey: letter.stepKey, stepName: letter.stepName } : {}),
            ...(letter.dueAt ? { dueAt: letter.dueAt.toISOString() } : {}),
            ...(primary ? { answersLetterId: primary.id } : {}),
            note: `${LETTER_KIND_NAMES[letter.kind]} ${letter.number}（案件 ${input.row.code}）${input.note ? `：${input.note}` : ''}`,
          },
        },
      ]);
    }
    return letter;
  }

  /** supervisionLetters: the letters about the cases of a region subtree, newest first, of one kind, issued in [from, to). */
  async regionLetters(
    actor: Actor,
    args: { regionId: string; kind?: LetterKind | null; from: Date | null; to: Date | null; first?: number | null; after?: string | null; state?: LetterState | null },
  ) {
    authorize(actor.identity, 'Query.supervisionLetters');
    const { limit, after } = keysetArgs(args, this.deps.config.limits.maxFirst);
    const { from, to } = args;
    if (from && to && from.getTime() > to.getTime()) throw badInput('开始时间不能晚于结束时间', 'from');
    const code = await actor.regions.scopedCode(args.regionId, actor.scope);
    // The state is as of the request's instant (the same `now` every letter's `state` field is computed with).
    const filter = { kind: args.kind ?? null, from, to, state: args.state ?? null, now: actor.now };
    const page = await this.deps.letters.byRegionPage(this.deps.dataSource, subtreePattern(code), filter, limit + 1, after && { issuedAt: after.at, id: after.id });
    return connectionOf(page, limit, (l) => [l.issuedAt.toISOString(), l.id]);
  }

  /** lettersByDepartment: department staff read the letters sent to their own department; the center's staff any department's. */
  async departmentLetters(actor: Actor, args: { departmentId: string; first?: number | null; after?: string | null }) {
    authorize(actor.identity, 'Query.lettersByDepartment');
    authorizeOn(actor.identity, 'Query.lettersByDepartment', { OWN_DEPARTMENT: !!actor.identity.departmentId && actor.identity.departmentId === args.departmentId });
    if (!isUuid(args.departmentId)) throw badInput('部门 ID 无效', 'departmentId');
    const { limit, after } = keysetArgs(args, this.deps.config.limits.maxFirst);
    const page = await this.deps.letters.byDepartmentPage(
      this.deps.dataSource,
      args.departmentId,
      jurisdictionPattern(actor.scope),
      limit + 1,
      after && { issuedAt: after.at, id: after.id },
    );
    return connectionOf(page, limit, (l) => [l.issuedAt.toISOString(), l.id]);
  }

  /** supervisionLetter(id): the letter if the caller may see it. */
  async letter(actor: Actor, id: string): Promise<LetterRow | null> {
    authorize(actor.identity, 'Query.supervisionLetter');
    return (await this.visibleByIds(actor, [id]))[0];
  }

  /** Letters by id in key order; null for an unknown id or a letter outside the jurisdiction. */
  async visibleByIds(actor: Actor, ids: readonly string[]): Promise<(LetterRow | null)[]> {
    return orderByKey(await this.deps.letters.byIds(this.deps.dataSource, wellFormedIds(ids)), ids, (l) => l.id).map((l) => visible(actor.scope, l));
  }

  /** The letters of cases (reached only through a case the caller may see), oldest first. */
  byCaseIds(caseIds: readonly string[]): Promise<LetterRow[]> {
    return this.deps.letters.byCaseIds(this.deps.dataSource, caseIds);
  }
}
