import { freeTextFor } from '@zz/common';
import type { SupervisionLetterResolvers } from '../generated/resolvers-types';
import { LETTER_KIND_NAMES } from '../domain/accountability';
import { departmentRef } from './models';

export const SupervisionLetter: SupervisionLetterResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.letterById.load(ref.id),
  case: (l) => ({ id: l.caseId }),
  kindName: (l) => LETTER_KIND_NAMES[l.kind],
  // A note may carry a number the issuer typed; partners and grid workers read it masked (pii-text.ts).
  note: (l, _, ctx) => freeTextFor(ctx.identity, l.note),
  to: (l) => departmentRef(l.toDepartmentId),
};
