/**
 * How one policy row is exercised: the operation a frontend would send, and the variables that
 * point it at a record `in` the caller's jurisdiction (related to the caller where a grant has a
 * condition), an `unrelated` one inside it, or one `out` of it. Entity rows are exercised against the
 * owning subgraph's `_entities`, with the identity the gateway would forward.
 */
import type { Placement, Role } from '@zz/common';
import type { ServiceName } from '@zz/common';
import type { Actor, MatrixEnv, Place } from './env';

export type Vars = Record<string, unknown>;

export interface RootFixture {
  query: string;
  vars(env: MatrixEnv, actor: Actor, place: Place, related: Actor | null, where: Placement): Promise<Vars>;
  /** The call spends the caller's token (logout): it is made with a token of a fresh login of the same account. */
  freshToken?: boolean;
  /** Roles whose own jurisdiction holds no such record (e.g. a grid holds no appointment): `in` is not called for them. */
  noRecordInside?: readonly Role[];
  /**
   * For each input the policy lists (rule.inputs): the variables of an allowed call inside the
   * jurisdiction, changed so that only that input points at a record outside it.
   */
  refs?: Record<string, (env: MatrixEnv, actor: Actor, inside: Vars) => Promise<Vars>>;
  /** A personal number in the answer, checked against the mask policy (a value with '*' is masked). */
  mask?: { field: string; pick(data: any): string | null | undefined };
}

export interface EntityFixture {
  service: ServiceName;
  typename: string;
  /** The representation's id for a record at the place. */
  id(env: MatrixEnv, place: Place, related: Actor | null): Promise<string>;
  noRecordInside?: readonly Role[];
}

export type Fixtures = Record<string, RootFixture>;

/** Setup records shared by the read rows (reads change nothing, so one record serves every caller). */
export function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

/** For an input that names the record itself: the whole call placed outside. */
export const outsideCall = (vars: RootFixture['vars']) => (env: MatrixEnv, actor: Actor) => vars(env, actor, env.outside, null, 'out');

/** Replaces `input.<name>` in the variables. */
export const withInput = (inside: Vars, name: string, value: unknown): Vars => ({ ...inside, input: { ...(inside.input as Vars), [name]: value } });

/** The memo key of a record: shared per place, per related caller when the record is made for it. */
export const keyOf = (what: string, place: Place, related: Actor | null) => `${what}:${place.side}:${related?.role ?? '-'}`;
