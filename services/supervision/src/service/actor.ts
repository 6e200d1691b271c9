/** Who calls a use case: the caller, its jurisdiction, grid's answers about regions for it, and the request's instant. */
import type { Identity, Scope } from '@zz/common';
import type { RegionLookup } from './regions';

export interface Actor {
  identity: Identity;
  scope: Scope;
  /** Region ids → codes as grid shows them to this caller (cached for the request). */
  regions: RegionLookup;
  /** One instant per request, from the service clock: every field of a response agrees on it. */
  now: Date;
}
