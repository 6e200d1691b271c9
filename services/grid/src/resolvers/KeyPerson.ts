import type { KeyPersonResolvers, KeyPersonRiskLinkResolvers, KeyPersonVisitResolvers, RiskWarningResolvers } from '../generated/resolvers-types';
import { KEY_PERSON_CATEGORIES, type KeyPersonCategory } from '../domain/grid-input';
import { KEY_PERSON_TIERS, VISIT_KINDS, visitInterval, type KeyPersonTier, type VisitKind } from '../domain/key-person-care';

/** Name, plan, category and visits pass the access rule again and are audited (service/key-person-service.ts `reveal`). */
export const KeyPerson: KeyPersonResolvers = {
  __resolveReference: (ref, { actor, services }) => services.keyPersons.referenced(actor, ref.id),
  name: (k, _, { actor, services }) => services.keyPersons.reveal(actor, k).name,
  plan: (k, _, { actor, services }) => services.keyPersons.reveal(actor, k).plan,
  category: (k, _, { actor, services }) => services.keyPersons.reveal(actor, k).category as KeyPersonCategory,
  categoryLabel: (k) => KEY_PERSON_CATEGORIES[k.category as KeyPersonCategory] ?? k.category,
  grid: (k, _, { services }) => services.grids.required(k.gridId),
  tier: (k) => k.tier as KeyPersonTier,
  tierLabel: (k) => KEY_PERSON_TIERS[k.tier as KeyPersonTier] ?? k.tier,
  responsibleCadre: (k, _, { actor, services }) => services.keyPersons.reveal(actor, k).responsibleCadre,
  visitEveryDays: (k) => visitInterval(k.tier as KeyPersonTier, k.visitEveryDays),
  ownVisitInterval: (k) => k.visitEveryDays !== null,
  visitOverdue: (k, _, { services }) => services.keyPersons.visitOverdue(k),
  visits: (k, { first }, { actor, services }) => services.keyPersons.visits(actor, k, first),
  hasIdNumber: (k) => k.idNumberKey !== null,
  hasPhone: (k) => k.phoneKey !== null,
  riskWarnings: (k, { first }, { actor, services }) => services.keyPersons.riskWarnings(actor, k, first),
};

export const KeyPersonRiskLink: KeyPersonRiskLinkResolvers = {
  riskWarning: (r) => ({ id: r.riskWarningId }),
  case: (r) => ({ id: r.caseId }),
  level: (r) => r.level as KeyPersonTier,
  tierBefore: (r) => r.tierBefore as KeyPersonTier,
  tierAfter: (r) => r.tierAfter as KeyPersonTier,
  raised: (r) => r.tierAfter !== r.tierBefore,
};

/** Supervision's warning (read in its jurisdiction there): grid adds the key persons it concerns, those the caller may read. */
export const RiskWarning: RiskWarningResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  keyPersons: (w, _, { actor, services }) => services.keyPersons.ofRiskWarning(actor, w.id),
};

export const KeyPersonVisit: KeyPersonVisitResolvers = {
  keyPerson: (v, _, { services }) => services.keyPersons.required(v.keyPersonId),
  kind: (v) => v.kind as VisitKind,
  kindLabel: (v) => VISIT_KINDS[v.kind as VisitKind] ?? v.kind,
};
