/**
 * Service-to-service calls go straight to the other subgraph with a signed identity (the caller's
 * own, or the platform's for jobs), never through the public gateway.
 */
import type { Config, ServiceName } from './config';
import { signForwardedIdentity, IDENTITY_HEADER, type Identity } from './auth';
import { DomainError, type ErrorCode } from './errors';

export const SERVICE_IDENTITY = (name: string): Identity => ({
  kind: 'service', userId: null, username: `service:${name}`, roles: ['ADMIN'], regionId: null, regionCode: '',
});

export interface InternalClient {
  call<T = Record<string, unknown>>(service: ServiceName, query: string, variables: Record<string, unknown>, identity: Identity): Promise<T>;
}

export function createInternalClient(config: Config): InternalClient {
  return {
    async call<T>(service: ServiceName, query: string, variables: Record<string, unknown>, identity: Identity): Promise<T> {
      const res = await fetch(config.serviceUrls[service], {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signForwardedIdentity(identity, config.internalSecret) },
        body: JSON.stringify({ query, variables }),
      }).catch((err: Error) => {
        throw new DomainError('INTERNAL_SERVER_ERROR', `${service} 服务不可用 (${service} unreachable: ${err.message})`);
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
      if (body.errors?.length) {
        const e = body.errors[0];
        throw new DomainError((e.extensions?.code as ErrorCode) ?? 'INTERNAL_SERVER_ERROR', e.message, e.extensions?.field);
      }
      return body.data as T;
    },
  };
}
