import { freeTextFor } from '@zz/common';
import type { FollowUpResolvers, RiskWarningResolvers, SupervisionLetterResolvers } from '../generated/resolvers-types';
import { LETTER_KIND_NAMES } from '../domain/accountability';
import { RISK_RULE_NAMES } from '../domain/risk-rules';

const department = (id: string | null) => (id ? { __typename: 'Department' as const, id } : null);

export const SupervisionLetter: SupervisionLetterResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.letterById.load(ref.id),
  case: (l) => ({ id: l.caseId }),
  kindName: (l) => LETTER_KIND_NAMES[l.kind],
  // A note may carry a number the issuer typed; partners and grid workers read it masked (pii-text.ts).
  note: (l, _, ctx) => freeTextFor(ctx.identity, l.note),
  to: (l) => department(l.toDepartmentId),
};

export const FollowUp: FollowUpResolvers = {
  rating: (f) => f.rating,
  // Residents' words as recorded on the visit: masked for roles that see parties' numbers masked.
  comment: (f, _, ctx) => freeTextFor(ctx.identity, f.comment),
  at: (f) => f.at,
};

export const RiskWarning: RiskWarningResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.riskHitById.load(ref.id),
  case: (h) => ({ id: h.caseId }),
  ruleName: (h) => RISK_RULE_NAMES[h.rule],
  raisedAt: (h) => h.raisedAt,
  async letter(h, _, ctx) {
    return h.letterId ? ctx.loaders.letterById.load(h.letterId) : null;
  },
};

export { department };
