/**
 * The start cursor of each page seen in this tab, per result set (filter + page size). Page 1
 * needs none; page n+1 starts at page n's endCursor. Kept in memory only: a cursor is worth
 * nothing once the filter changes, and a bookmark carries its own.
 */
export interface PageCursors {
  has(page: number): boolean;
  get(page: number): string | null;
  remember(page: number, cursor: string | null): void;
}

const sets = new Map<string, Map<number, string>>();
const MAX_SETS = 50;

export function pageCursors(key: string): PageCursors {
  let pages = sets.get(key);
  if (!pages) {
    pages = new Map();
    sets.set(key, pages);
    // Bounded: a long day of filtering should not grow without end.
    if (sets.size > MAX_SETS) sets.delete(sets.keys().next().value!);
  }
  const p = pages;
  return {
    has: (page) => page === 1 || p.has(page),
    get: (page) => (page === 1 ? null : p.get(page) ?? null),
    remember(page, cursor) {
      if (page > 1 && cursor) p.set(page, cursor);
    },
  };
}
