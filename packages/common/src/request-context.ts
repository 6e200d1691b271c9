/**
 * Per-request bookkeeping that must follow async calls without being threaded through every function:
 * the count of SQL statements a request issued (exposed in test mode to prove there is no N+1).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestStore {
  sqlStatements: number;
}

export const requestStore = new AsyncLocalStorage<RequestStore>();

export function countSqlStatement(): void {
  const store = requestStore.getStore();
  if (store) store.sqlStatements++;
}
