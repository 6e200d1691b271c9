/**
 * Test-only view of the demo county (the same deterministic world every test database is seeded
 * with): ids of regions, departments, mediators and accounts, and identities of the demo accounts.
 * Tests read the world; service code never does (it asks grid and personnel).
 */
import { Scope, type Identity, type Role } from '@zz/common';
import { generateWorld, type World } from '@zz/demo-world';
import type { Actor } from '../src/service/case-service';

export const world: World = generateWorld();

const regionsOf = (level: string) => world.regions.filter((r) => r.level === level);
export const county = world.regions[0];
export const [townA, townB] = regionsOf('TOWN');
const childrenOf = (id: string) => world.regions.filter((r) => r.parentId === id);
export const villageA = childrenOf(townA.id)[0];
export const villageA2 = childrenOf(townA.id)[1];
export const villageB = childrenOf(townB.id)[0];
export const gridA = childrenOf(villageA.id)[0];

export function department(kind: string): string {
  const d = world.departments.find((x) => x.kind === kind || x.name === kind);
  if (!d) throw new Error(`no department ${kind}`);
  return d.id;
}

export function centerOf(regionId: string): string {
  const c = world.centers.find((x) => x.regionId === regionId);
  if (!c) throw new Error(`no center for ${regionId}`);
  return c.id;
}

/** A mediator of the pool (available, not an expert), preferring one of `regionCode`'s center. */
export function mediator(index = 0): string {
  return world.mediators.filter((m) => m.kind === 'MEDIATOR' && m.available)[index].id;
}

export const goldMediatorId = world.users.find((u) => u.username === 'mediator-gold')!.mediatorId!;

export function identityOf(username: string): Identity {
  const u = world.users.find((x) => x.username === username);
  if (!u) throw new Error(`no demo user ${username}`);
  return {
    kind: 'user', userId: u.id, username: u.username, roles: u.roles as Role[], regionId: u.regionId, regionCode: u.regionCode,
    mediatorId: u.mediatorId, departmentId: null, partner: u.partner,
  };
}

export function actorOf(username: string): Actor {
  const identity = identityOf(username);
  return { identity, scope: Scope.of(identity) };
}

let phoneCounter = 0;
/** A fresh valid mobile number (unique within a test run, so tests do not flag each other as duplicates). */
export function phone(): string {
  phoneCounter++;
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

/** Valid GB 11643 numbers (check characters computed). */
export const ID_NUMBERS = ['441422198001011238', '441422198505052017', '441422199003150025', '360730197912123311'];

