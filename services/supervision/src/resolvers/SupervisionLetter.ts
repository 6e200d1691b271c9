import { freeTextFor } from '@zz/common';
import type { SupervisionLetterResolvers } from '../generated/resolvers-types';
import { LETTER_KIND_NAMES } from '../domain/accountability';
import { issuingCenterName, letterState } from '../domain/documents';
import { departmentRef } from './models';

export const SupervisionLetter: SupervisionLetterResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.letterById.load(ref.id),
  case: (l) => ({ id: l.caseId }),
  kindName: (l) => LETTER_KIND_NAMES[l.kind],
  // A note may carry a number the issuer typed; partners and grid workers read it masked (pii-text.ts).
  note: (l, _, ctx) => freeTextFor(ctx.identity, l.note),
  to: (l) => departmentRef(l.toDepartmentId),
  issuer: (l) => l.issuer ?? issuingCenterName(null),
  // Letters written before documents keep their number and note as title and text.
  title: (l) => l.title ?? `${LETTER_KIND_NAMES[l.kind]}（${l.number}）`,
  body: (l, _, ctx) => freeTextFor(ctx.identity, l.body ?? l.note) ?? '',
  // The answer is typed by department staff and may quote a number: masked as notes are.
  answer: (l, _, ctx) => freeTextFor(ctx.identity, l.answer),
  state: (l, _, ctx) => letterState(l, ctx.now),
  answeredBy: (l, _, ctx) => (l.answerLetterId ? ctx.loaders.letterById.load(l.answerLetterId) : null),
  answers: (l, _, ctx) => (l.answersLetterId ? ctx.loaders.letterById.load(l.answersLetterId) : null),
  printUrl: (l) => `/documents/${l.id}/print`,
};
