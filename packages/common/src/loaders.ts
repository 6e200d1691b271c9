/**
 * The one DataLoader factory of the subgraphs (graphql/dataloader's rules: a batch returns its results
 * in key order and of the same length; loaders are created per request). A subgraph's context builds
 * its loaders from these shapes instead of writing the key-ordering again.
 */
import DataLoader from 'dataloader';

/** Rows found for `keys`, in key order: one row or null per key. */
export function orderByKey<T, K>(rows: readonly T[], keys: readonly K[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map<K, T>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Rows found for `keys`, grouped in key order: a (possibly empty) list per key. */
export function groupByKey<T, K>(rows: readonly T[], keys: readonly K[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** A loader of one record per key (null when absent); `fetch` gets the distinct keys of one batch. */
export function recordLoader<T, K = string>(fetch: (keys: readonly K[]) => Promise<readonly T[]>, keyOf: (row: T) => K): DataLoader<K, T | null> {
  return new DataLoader<K, T | null>(async (keys) => orderByKey(await fetch(keys), keys, keyOf));
}

/** A loader of the records belonging to each key (e.g. the parties of each case). */
export function groupLoader<T, K = string>(fetch: (keys: readonly K[]) => Promise<readonly T[]>, keyOf: (row: T) => K): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => groupByKey(await fetch(keys), keys, keyOf));
}

/** A loader of a value computed per key (e.g. a count), `fallback` for the keys `fetch` left out. */
export function mapLoader<K, T>(fetch: (keys: readonly K[]) => Promise<ReadonlyMap<K, T>>, fallback: T): DataLoader<K, T> {
  return new DataLoader<K, T>(async (keys) => {
    const found = await fetch(keys);
    return keys.map((k) => (found.has(k) ? found.get(k)! : fallback));
  });
}

/**
 * One loader per distinct argument set of a paged child list: every `Grid.reports(first: 5)` of one
 * response shares a loader, hence one statement for all the parents on the page.
 */
export function loaderFamily<A, K, T>(load: (keys: readonly K[], args: A) => Promise<ReadonlyMap<K, T>>, fallback: T) {
  const family = new Map<string, DataLoader<K, T>>();
  return (argsKey: string, args: A): DataLoader<K, T> => {
    let loader = family.get(argsKey);
    if (!loader) {
      loader = mapLoader((keys) => load(keys, args), fallback);
      family.set(argsKey, loader);
    }
    return loader;
  };
}
