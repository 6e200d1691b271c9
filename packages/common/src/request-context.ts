/**
 * Per-request bookkeeping that must follow async calls without being threaded through every function:
 * the count of SQL statements a request issued (exposed in test mode to prove there is no N+1).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestStore {
  sqlStatements: number;
  /** Sensitive reads noted while resolving (audit/sensitive-read.ts), written once per request. */
  sensitiveReads?: Map<string, { kind: import('./audit/sensitive-read').SensitiveReadKind; subjectType: string; ids: Set<string> }>;
  /** The end user's address as the gateway saw it, and the reason they gave for a sensitive read. */
  clientAddress?: string | null;
  accessReason?: string | null;
  /** Set by the gateway's export endpoint (never by a client): the rows this request returns leave as a file. */
  exporting?: string | null;
}

export const requestStore = new AsyncLocalStorage<RequestStore>();

export function countSqlStatement(): void {
  const store = requestStore.getStore();
  if (store) store.sqlStatements++;
}
