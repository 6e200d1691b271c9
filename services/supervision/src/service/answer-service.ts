/**
 * 交办单 ↔ 反馈单: answering a letter that expects an answer. The answer is its own numbered 反馈单,
 * addressed back to the issuing center, linked both ways with the letter it closes (LetterService.issue
 * does the numbering and the link); the board hears LETTER_ANSWERED (without the answer's text).
 */
import { authorize, authorizeOn, badInput, conflict, isUuid, SERVICE_IDENTITY, ValidationErrors } from '@zz/common';
import { appendEvents } from '@zz/events';
import { LETTER_KIND_NAMES } from '../domain/accountability';
import { ANSWER_MAX, expectsAnswer, issuingCenterName } from '../domain/documents';
import type { LetterRow } from '../store/rows';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';
import { letterNotFound, type LetterService } from './letter-service';

export class AnswerService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly letters: LetterService,
  ) {}

  /**
   * answerLetter: the addressee department's staff (or the center's on its behalf) record the 反馈单
   * that closes a letter expecting an answer. The 反馈单 is its own numbered document, addressed back to
   * the issuing center and linked both ways; a letter is answered once (CONFLICT after).
   */
  async answer(actor: Actor, input: { letterId: string; answer: string }, options: { signer?: string } = {}): Promise<LetterRow> {
    const { deps } = this;
    authorize(actor.identity, 'Mutation.answerLetter');
    const errors = new ValidationErrors();
    const text = typeof input.answer === 'string' ? input.answer.trim() : '';
    if (text === '') errors.add('input.answer', '请填写办理情况');
    else if ([...text].length > ANSWER_MAX) errors.add('input.answer', `办理情况不能超过 ${ANSWER_MAX} 字`);
    errors.throwIfAny();
    if (!isUuid(input.letterId)) throw letterNotFound();
    const [seen] = await this.letters.visibleByIds(actor, [input.letterId]);
    if (!seen) throw letterNotFound();
    authorizeOn(actor.identity, 'Mutation.answerLetter', { OWN_DEPARTMENT: !!actor.identity.departmentId && actor.identity.departmentId === seen.toDepartmentId });
    if (!expectsAnswer(seen.kind) || !seen.dueAt) throw badInput(`${LETTER_KIND_NAMES[seen.kind]}无需反馈`, 'input.letterId');
    if (seen.answeredAt) throw conflict('该文书已反馈，不能重复反馈');
    // The department's name signs the 反馈单: asked of personnel before any row is locked.
    const signer = options.signer ?? (seen.toDepartmentId ? await this.departmentName(seen.toDepartmentId) : null);
    return deps.dataSource.transaction(async (m) => {
      const letter = await deps.letters.lockForAnswer(m, seen.id);
      if (!letter) throw letterNotFound();
      if (letter.answeredAt) throw conflict('该文书已反馈，不能重复反馈');
      const [row] = await deps.readModel.casesByIds(m, [letter.caseId]);
      if (!row) throw letterNotFound();
      const at = deps.clock();
      const feedback = await this.letters.issue(m, {
        kind: 'FEEDBACK',
        row,
        issuedAt: at,
        issuedBy: actor.identity.userId,
        automatic: false,
        trigger: null,
        note: text,
        answers: letter,
        issuer: signer ?? letter.issuer ?? undefined,
        addressee: letter.issuer ?? issuingCenterName(null),
        toDepartmentId: null,
        announce: false,
      });
      if (!feedback) throw conflict('该文书已反馈，不能重复反馈');
      // For the boards: which letter was answered, late or not. The answer's text stays out of the log.
      await appendEvents(m, [
        {
          kind: 'LETTER_ANSWERED',
          source: 'supervision',
          regionId: row.regionId,
          regionCode: row.regionCode,
          caseId: row.caseId,
          letterId: feedback.id,
          actorId: actor.identity.userId,
          occurredAt: at,
          data: {
            letterId: feedback.id,
            number: feedback.number,
            answeredLetterId: letter.id,
            answeredNumber: letter.number,
            answeredKind: letter.kind,
            departmentId: letter.toDepartmentId,
            caseCode: row.code,
            late: !!letter.dueAt && at.getTime() > letter.dueAt.getTime(),
            note: `${LETTER_KIND_NAMES[letter.kind]} ${letter.number} 已反馈（${feedback.number}，案件 ${row.code}）`,
          },
        },
      ]);
      return feedback;
    });
  }

  private async departmentName(id: string): Promise<string | null> {
    try {
      const data = await this.deps.internal.call<{ department: { name: string } | null }>(
        'personnel',
        `query($id: ID!) { department(id: $id) { name } }`,
        { id },
        SERVICE_IDENTITY('supervision'),
      );
      return data.department?.name ?? null;
    } catch {
      return null; // the 反馈单 is signed by the issuing center's name instead: personnel being down must not block an answer
    }
  }
}
