/**
 * A screen's state kept in the URL's query string (bookmarkable, shareable, Back works).
 *
 * The URL is written with `flushSync`: React Router otherwise applies a navigation as a React
 * transition, and an urgent update meanwhile (a dropdown loading its options) re-renders the screen
 * with the OLD query string. useQuery reobserves during render, so it then re-sent the old
 * variables, and the list request ping-ponged between old and new filters. Every screen whose query
 * variables come from the URL should go through this hook.
 */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

export function useUrlState<T>(parse: (params: URLSearchParams) => T, serialize: (state: T) => URLSearchParams): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const state = useMemo(() => parse(params), [params]);
  return [state, (next) => setParams(serialize(next), { flushSync: true })];
}
