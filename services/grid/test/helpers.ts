/** Shared helpers of the grid integration tests: the demo grids they use and calls as synthetic identities. */
import { IDENTITY_HEADER, SQL_COUNT_HEADER, signForwardedIdentity, type Identity, type Role } from '@zz/common';
import type { GraphQLResult, TestPlatform } from '@zz/platform/testing';

export interface DemoGrid {
  id: string;
  code: string;
  name: string;
  villageId: string;
  /** A point well inside the grid: [lng, lat]. */
  inside: [number, number];
  boundary: { type: 'Polygon'; coordinates: [number, number][][] };
}

export const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;
export const fieldOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.field;

export function expectOk<T>(r: GraphQLResult<T>): T {
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors, null, 2));
  return r.data as T;
}

const GRID_FIELDS = `id code name village { id } boundary`;

function toDemoGrid(g: { id: string; code: string; name: string; village: { id: string }; boundary: DemoGrid['boundary'] }): DemoGrid {
  const ring = g.boundary.coordinates[0];
  const xs = ring.slice(0, -1).map((p) => p[0]), ys = ring.slice(0, -1).map((p) => p[1]);
  // Demo grids are rectangles: their centre is inside.
  const inside: [number, number] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  return { id: g.id, code: g.code, name: g.name, villageId: g.village.id, inside, boundary: g.boundary };
}

/** Grid X = grid-a-worker's grid; Y = another grid of the same village; B = a grid of town B. */
export async function demoGrids(p: TestPlatform): Promise<{ x: DemoGrid; y: DemoGrid; b: DemoGrid }> {
  const worker = await p.login('grid-a-worker');
  const admin = await p.login('admin');
  const own = expectOk(await p.gql<{ regions: { id: string }[] }>(`{ regions(level: GRID) { id } }`, {}, worker)).regions;
  if (own.length !== 1) throw new Error(`grid-a-worker should see exactly its grid, saw ${own.length}`);
  const x = expectOk(await p.gql<{ grid: Parameters<typeof toDemoGrid>[0] }>(`query($id: ID!) { grid(id: $id) { ${GRID_FIELDS} } }`, { id: own[0].id }, admin)).grid;
  const siblings = expectOk(await p.gql<{ grids: { edges: { node: Parameters<typeof toDemoGrid>[0] }[] } }>(
    `query($r: ID!) { grids(regionId: $r, first: 10) { edges { node { ${GRID_FIELDS} } } } }`, { r: x.village.id }, admin)).grids.edges.map((e) => e.node);
  const y = siblings.find((g) => g.id !== x.id);
  const villageB = await p.login('village-b-operator');
  const bGrids = expectOk(await p.gql<{ grids: { edges: { node: Parameters<typeof toDemoGrid>[0] }[] } }>(`{ grids(first: 1) { edges { node { ${GRID_FIELDS} } } } }`, {}, villageB)).grids.edges;
  if (!y || !bGrids.length) throw new Error('demo world: expected a sibling grid and a grid in town B');
  return { x: toDemoGrid(x), y: toDemoGrid(y), b: toDemoGrid(bGrids[0].node) };
}

/**
 * Calls the grid subgraph directly as a synthetic identity (signed with the internal secret, as the
 * gateway would): for roles the demo county has no account for (a worker of another grid, a town leader).
 */
export async function asIdentity<T = Record<string, any>>(p: TestPlatform, who: { roles: Role[]; regionCode: string; userId?: string }, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  return (await asIdentityRaw<T>(p, who, query, variables)).body;
}

/** As asIdentity, with the number of SQL statements the request issued (test mode counts them). */
export async function asIdentityRaw<T = Record<string, any>>(p: TestPlatform, who: { roles: Role[]; regionCode: string; userId?: string }, query: string, variables: Record<string, unknown> = {}): Promise<{ body: GraphQLResult<T>; sqlStatements: number }> {
  const identity: Identity = {
    kind: 'user', userId: who.userId ?? '00000000-0000-4000-8000-00000000abcd', username: `test:${who.roles.join('+')}@${who.regionCode}`,
    roles: who.roles, regionId: null, regionCode: who.regionCode,
  };
  const res = await fetch(p.services.grid.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signForwardedIdentity(identity, p.config.internalSecret) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as GraphQLResult<T>, sqlStatements: Number(res.headers.get(SQL_COUNT_HEADER)) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
