/**
 * What the use cases of personnel are built on. A service is made per request (context.ts), because
 * it reads through that request's DataLoaders; every use case takes the actor who calls it.
 */
import type { DataSource } from 'typeorm';
import { isUuid, type Config, type Identity, type Scope } from '@zz/common';
import type { Loaders } from '../context';
import type { PeerServices } from './peers';
import type { PersonnelStores } from '../store';

/** Who calls a use case: the identity and its region subtree (`Scope.of(identity)`). */
export interface Actor {
  identity: Identity;
  scope: Scope;
}

/** Process-wide: the database, the configuration, the other subgraphs, the stores. */
export interface ServiceDeps {
  dataSource: DataSource;
  config: Config;
  peers: PeerServices;
  stores: PersonnelStores;
}

/**
 * The request a service serves. Apollo Server hands resolvers a shallow copy of the context, so what
 * a service changes here must be shared by reference (the Set), never a field reassigned.
 */
export interface RequestState {
  /** Batching within the request, no cache shared between callers. */
  loaders: Loaders;
  /** The request's clock (one instant per request). */
  now: Date;
  /** The client's address as the gateway saw it (login throttling and the login log); null when unknown. */
  clientAddress: string | null;
  /** Accounts whose tokens this request revoked: the gateway forgets their cached status. */
  tokenStatusChanged: Set<string>;
}

/** Loads by id, treating a malformed id like an unknown one (null) rather than a database error. */
export const loadIf = <T>(id: string, load: (id: string) => Promise<T | null>) => (isUuid(id) ? load(id) : Promise.resolve(null));
