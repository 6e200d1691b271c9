/** The mutations: follow-up visits and letters issued by hand. Validate, then write in one transaction. */
import crypto from 'node:crypto';
import { appendEvents, authorize, badInput, conflict, notFound, ValidationErrors, type Identity, type Scope } from '@zz/common';
import { LETTER_KINDS, SATISFACTION_NAMES, validateFollowUp, type LetterKind, type Satisfaction } from '../domain/accountability';
import { RollupDeltas } from '../domain/rollup';
import type { FollowUpRow, LetterRow } from '../store/rows';
import type { SupervisionDeps } from './deps';
import { issueLetter } from './letters';

export const LETTER_NOTE_MAX = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not even a UUID names no case: NOT_FOUND, like an unknown or out-of-scope one. */
export function caseNotFound(): Error {
  return notFound('案件不存在或不在本人辖区内');
}

export async function recordFollowUp(
  deps: SupervisionDeps,
  who: { identity: Identity; scope: Scope },
  input: { caseId: string; rating: Satisfaction; comment?: string | null },
): Promise<FollowUpRow> {
  // 回访 is done by the center's staff: window, dispatch, supervision, leaders.
  authorize(who.identity, 'Mutation.recordFollowUp');
  if (!UUID.test(input.caseId)) throw caseNotFound();
  return deps.dataSource.transaction(async (m) => {
    const row = await deps.readModel.lockCase(m, input.caseId);
    if (!row || !who.scope.contains(row.regionCode)) throw caseNotFound();
    const valid = validateFollowUp({ caseStatus: row.status, rating: input.rating, comment: input.comment });
    const followUp: FollowUpRow = {
      id: crypto.randomUUID(),
      caseId: row.caseId,
      // One visit per resolution: a reopened and re-resolved case is visited again.
      round: row.reopenCount,
      rating: valid.rating,
      comment: valid.comment,
      at: deps.clock(),
      recordedBy: who.identity.userId,
      regionCode: row.regionCode,
      // Accountability falls on the department that led the case when it was visited.
      departmentId: row.leadDepartmentId,
    };
    if (!(await deps.followUps.insert(m, followUp))) throw conflict('本案本轮办理已回访，不能重复回访');
    const deltas = new RollupDeltas();
    await deps.readModel.setRating(m, row, valid.rating, deltas);
    await deps.readModel.flushRollups(m, deltas);
    await appendEvents(m, [
      {
        kind: 'FOLLOW_UP_RECORDED',
        source: 'supervision',
        regionId: row.regionId,
        regionCode: row.regionCode,
        caseId: row.caseId,
        actorId: who.identity.userId,
        occurredAt: followUp.at,
        // The comment stays out of the log: partner systems read it, and residents' words may be personal.
        data: { followUpId: followUp.id, rating: followUp.rating, caseCode: row.code, departmentId: followUp.departmentId,
          note: `案件 ${row.code} 回访：${SATISFACTION_NAMES[followUp.rating]}` },
      },
    ]);
    return followUp;
  });
}

export async function issueSupervisionLetter(
  deps: SupervisionDeps,
  who: { identity: Identity; scope: Scope },
  input: { caseId: string; kind: LetterKind; note?: string | null },
): Promise<LetterRow> {
  authorize(who.identity, 'Mutation.issueSupervisionLetter');
  const errors = new ValidationErrors();
  if (!(LETTER_KINDS as readonly string[]).includes(input.kind)) errors.add('kind', `未知的文书类型「${String(input.kind)}」`);
  const note = typeof input.note === 'string' && input.note.trim() !== '' ? input.note.trim() : null;
  if (note && [...note].length > LETTER_NOTE_MAX) errors.add('note', `说明不能超过 ${LETTER_NOTE_MAX} 字`);
  errors.throwIfAny();
  if (!UUID.test(input.caseId)) throw caseNotFound();
  return deps.dataSource.transaction(async (m) => {
    const [row] = await deps.readModel.casesByIds(m, [input.caseId]);
    if (!row || !who.scope.contains(row.regionCode)) throw caseNotFound();
    const letter = await issueLetter(deps, m, {
      kind: input.kind,
      row,
      issuedAt: deps.clock(),
      issuedBy: who.identity.userId,
      automatic: false,
      trigger: null,
      note,
    });
    if (!letter) throw badInput('文书未能发出', 'kind');
    return letter;
  });
}
