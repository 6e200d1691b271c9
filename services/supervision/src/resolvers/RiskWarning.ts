import type { RiskWarningResolvers } from '../generated/resolvers-types';
import { RISK_RULE_NAMES } from '../domain/risk-rules';

export const RiskWarning: RiskWarningResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.riskHitById.load(ref.id),
  case: (h) => ({ id: h.caseId }),
  ruleName: (h) => RISK_RULE_NAMES[h.rule],
  raisedAt: (h) => h.raisedAt,
  async letter(h, _, ctx) {
    return h.letterId ? ctx.loaders.letterById.load(h.letterId) : null;
  },
};
