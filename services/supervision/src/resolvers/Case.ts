import type { CaseResolvers } from '../generated/resolvers-types';

export const Case: CaseResolvers = {
  /** Scoped by the read model's region code: out of scope (or unknown) → null. */
  async __resolveReference(ref, ctx) {
    return (await ctx.loaders.supervision.load(ref.id)) ? { id: ref.id } : null;
  },
  async supervision(c, _, ctx) {
    const view = await ctx.loaders.supervision.load(c.id);
    // A case reference that reached this field was resolved (and scoped) above, or came from one of
    // our own lists, which only hold cases of the read model.
    if (!view) throw new Error(`case ${c.id} has no supervision view`);
    return view;
  },
};
