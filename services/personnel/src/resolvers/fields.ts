/** Helpers shared by the field resolvers of several types. */
import type DataLoader from 'dataloader';

/**
 * The row a parent references by a non-null foreign key. Its absence is a broken invariant, not a
 * user error: an internal error naming `what` and the id.
 */
export async function referenced<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new Error(`${what} ${id}`);
  return row;
}
