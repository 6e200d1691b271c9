/**
 * Everything the map draws for a jurisdiction: its grids (boundaries), reports and open patrol tasks.
 * The graph pages lists at 100; a county has a few hundred grids, so the pages are read one after the
 * other here until the end (grids, open tasks) or a cap (reports: the newest ones, said on screen).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MapGridsQuery, MapReportsQuery, MapTasksQuery } from '../../gql/graphql';

const MapGrids = graphql(`
  query MapGrids($regionId: ID, $after: String) {
    grids(regionId: $regionId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          households
          boundary
        }
      }
    }
  }
`);

const MapReports = graphql(`
  query MapReports($regionId: ID, $after: String) {
    gridReports(regionId: $regionId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          category
          description
          status
          lat
          lng
          reportedAt
          grid {
            id
          }
        }
      }
    }
  }
`);

const MapTasks = graphql(`
  query MapTasks($regionId: ID, $after: String) {
    patrolTasks(regionId: $regionId, status: DISPATCHED, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          dueAt
          overdue
          grid {
            id
          }
        }
      }
    }
  }
`);

export type MapGrid = MapGridsQuery['grids']['edges'][number]['node'];
export type MapReport = MapReportsQuery['gridReports']['edges'][number]['node'];
export type MapTask = MapTasksQuery['patrolTasks']['edges'][number]['node'];

/** The newest reports drawn at most: beyond that the markers say less than the 统计 screen does. */
export const REPORT_CAP = 500;

export interface MapData {
  grids: MapGrid[];
  reports: MapReport[];
  reportTotal: number;
  tasks: MapTask[];
}

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

async function readAll<T>(load: (after: string | null) => Promise<Page<T>>, cap = Infinity): Promise<{ nodes: T[]; total: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const page = await load(after);
    total = page.totalCount;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length >= cap) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes: nodes.slice(0, cap), total };
}

/**
 * Loads the map's data for `regionId`. `version` reloads everything (after a dispatch, or 重试);
 * `live` only the reports and tasks (a grid event), so the grids' geometry — and the map the user
 * has panned — stays as it is.
 */
export function useMapData(regionId: string | null, version: number, live: number): { data: MapData | null; loading: boolean; error: unknown } {
  const client = useApolloClient();
  const [grids, setGrids] = useState<MapGrid[] | null>(null);
  const [work, setWork] = useState<Omit<MapData, 'grids'> | null>(null);
  const [loading, setLoading] = useState(0);
  const [error, setError] = useState<unknown>(null);

  const page = useCallback(<D,>(query: Parameters<typeof client.query>[0]['query'], after: string | null) =>
    client.query({ query, variables: { regionId, after }, fetchPolicy: 'network-only' }).then((r) => r.data as D), [client, regionId]);

  /** Runs a load unless the effect was cleaned up meanwhile; counts what is in flight for the spinner. */
  const run = useCallback(<T,>(load: () => Promise<T>, done: (value: T) => void) => {
    let live = true;
    setLoading((n) => n + 1);
    setError(null);
    load().then(
      (value) => live && done(value),
      (err: unknown) => live && setError(err),
    ).finally(() => setLoading((n) => n - 1));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!regionId) return;
    return run(() => readAll((after) => page<MapGridsQuery>(MapGrids, after).then((d) => d.grids)), (r) => setGrids(r.nodes));
  }, [regionId, version, page, run]);

  useEffect(() => {
    if (!regionId) return;
    return run(
      () => Promise.all([
        readAll((after) => page<MapReportsQuery>(MapReports, after).then((d) => d.gridReports), REPORT_CAP),
        readAll((after) => page<MapTasksQuery>(MapTasks, after).then((d) => d.patrolTasks)),
      ]),
      ([reports, tasks]) => setWork({ reports: reports.nodes, reportTotal: reports.total, tasks: tasks.nodes }),
    );
  }, [regionId, version, live, page, run]);

  const data = useMemo(() => (grids && work ? { grids, ...work } : null), [grids, work]);
  return { data, loading: loading > 0, error };
}
