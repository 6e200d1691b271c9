/** Issuing a letter: numbered, addressed, stored and (unless the caller announces it) put on the dispatch log. */
import crypto from 'node:crypto';
import { appendEvents, countyCodeOf, localDate } from '@zz/common';
import { LETTER_KIND_NAMES, letterNumber, type LetterKind } from '../domain/accountability';
import type { CaseRow } from '../domain/read-model';
import type { LetterRow } from '../store/rows';
import type { EntityManager } from 'typeorm';
import type { SupervisionDeps } from './deps';

export interface IssueLetter {
  kind: LetterKind;
  row: Pick<CaseRow, 'caseId' | 'code' | 'regionId' | 'regionCode' | 'leadDepartmentId'>;
  issuedAt: Date;
  /** The user who issued it by hand; null for automatic letters. */
  issuedBy: string | null;
  automatic: boolean;
  /** Dedupe key of an automatic letter (e.g. `ASSIGNMENT:<event id>`): issued at most once. */
  trigger: string | null;
  note: string | null;
  /** false when another event announces the letter (a RISK_WARNING event carries its 风险预警函). */
  announce?: boolean;
}

/** Issues the letter in the caller's transaction; null when its trigger has fired before. */
export async function issueLetter(deps: SupervisionDeps, m: EntityManager, input: IssueLetter): Promise<LetterRow | null> {
  if (input.trigger && (await deps.letters.triggered(m, input.trigger))) return null;
  const prefix = await deps.prefixes.prefixFor(m, countyCodeOf(input.row.regionCode));
  // The document year is the local (CST) year of issue.
  const year = Number(localDate(input.issuedAt).slice(0, 4));
  const seq = await deps.letters.nextSeq(m, prefix, input.kind, year);
  const letter: LetterRow = {
    id: crypto.randomUUID(),
    number: letterNumber(input.kind, year, seq, prefix),
    prefix,
    kind: input.kind,
    year,
    seq,
    caseId: input.row.caseId,
    regionId: input.row.regionId,
    regionCode: input.row.regionCode,
    // Every letter goes to the case's lead department (交办单 to the department it is assigned to, 督办函 to the
    // one that is late …); none assigned yet: the handling center itself, `to` stays empty.
    toDepartmentId: input.row.leadDepartmentId,
    issuedAt: input.issuedAt,
    issuedBy: input.issuedBy,
    automatic: input.automatic,
    trigger: input.trigger,
    note: input.note,
  };
  await deps.letters.insert(m, letter);
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
          note: `${LETTER_KIND_NAMES[letter.kind]} ${letter.number}（案件 ${input.row.code}）${input.note ? `：${input.note}` : ''}`,
        },
      },
    ]);
  }
  return letter;
}
