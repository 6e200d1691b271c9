/**
 * Grid work as it happens: calls `onChange` (at most once a second, after a burst settles) when the
 * dispatch log reports one of `kinds` in `regionId`, so the grid screens refresh their lists without a
 * reload. Only a refresh trigger: what changed is read again from the graph, nothing is taken from
 * the event, and no form is touched. A change made while the socket was down shows with the next
 * event or a reload (the dispatch board is the screen that replays every event).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { DispatchEventKind } from '../../gql/graphql';

const GridEvents = graphql(`
  subscription GridEvents($regionId: ID, $kinds: [DispatchEventKind!]) {
    dispatchEvents(regionId: $regionId, kinds: $kinds) {
      cursor
      kind
    }
  }
`);

export function useGridEvents(regionId: string | null, kinds: readonly DispatchEventKind[], onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const kindsKey = kinds.join(',');
  const variables = useMemo(() => ({ regionId, kinds: kindsKey.split(',') as DispatchEventKind[] }), [regionId, kindsKey]);
  useSubscription(GridEvents, {
    variables,
    skip: !regionId,
    onData: () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(), 1000);
    },
  });
}
