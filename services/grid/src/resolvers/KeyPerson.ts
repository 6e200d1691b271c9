import type { KeyPersonResolvers } from '../generated/resolvers-types';
import { KEY_PERSON_CATEGORIES, type KeyPersonCategory } from '../domain/grid-input';

/** Name, plan and category pass the access rule again and are audited (service/key-person-service.ts `reveal`). */
export const KeyPerson: KeyPersonResolvers = {
  name: (k, _, { actor, services }) => services.keyPersons.reveal(actor, k).name,
  plan: (k, _, { actor, services }) => services.keyPersons.reveal(actor, k).plan,
  category: (k, _, { actor, services }) => services.keyPersons.reveal(actor, k).category as KeyPersonCategory,
  categoryLabel: (k) => KEY_PERSON_CATEGORIES[k.category as KeyPersonCategory] ?? k.category,
  grid: (k, _, { services }) => services.grids.required(k.gridId),
};
