/**
 * Record ids are UUIDs (CONTRACT.md: opaque strings). One check for every subgraph: a malformed id
 * from a client or a federated representation is "not found", never a database error.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The ids that can be looked up; the others are simply not found. */
export function wellFormedIds(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}
