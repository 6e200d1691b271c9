/**
 * Supervision's copy of the county policy versions (supervision.county_policy_version), kept by the
 * consumer from COUNTY_POLICY_CHANGED events; a version the consumer has not reached yet is read from
 * the event log itself (a case intaken a moment ago under a brand-new version).
 */
import type { Db } from './sql';

export interface StoredVersionKey {
  countyCode: string;
  version: number;
}

export class PolicyVersionStore {
  /** Keeps a version's rules (a replayed event changes nothing: versions are immutable). */
  async record(m: Db, countyCode: string, version: number, rules: unknown): Promise<void> {
    await m.query(
      `INSERT INTO supervision.county_policy_version (county_code, version, rules) VALUES ($1, $2, $3::jsonb) ON CONFLICT DO NOTHING`,
      [countyCode, version, JSON.stringify(rules)]);
  }

  /** The rules of these versions, keyed `county:version`: from the copy, else from the log. */
  async find(db: Db, keys: readonly StoredVersionKey[]): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    if (!keys.length) return out;
    const counties = keys.map((k) => k.countyCode), versions = keys.map((k) => k.version);
    const copied: { county_code: string; version: number; rules: unknown }[] = await db.query(
      `SELECT v.county_code, v.version, v.rules FROM supervision.county_policy_version v
        JOIN unnest($1::text[], $2::int[]) AS k(county_code, version) USING (county_code, version)`, [counties, versions]);
    for (const r of copied) out.set(`${r.county_code}:${r.version}`, r.rules);
    const missing = keys.filter((k) => !out.has(`${k.countyCode}:${k.version}`));
    if (!missing.length) return out;
    const logged: { county_code: string; version: number; rules: unknown }[] = await db.query(
      `SELECT DISTINCT ON (e.data->>'countyCode', (e.data->>'version')::int) e.data->>'countyCode' AS county_code, (e.data->>'version')::int AS version,
              e.data->'rules' AS rules
         FROM events.dispatch_event e
         JOIN unnest($1::text[], $2::int[]) AS k(county_code, version) ON e.data->>'countyCode' = k.county_code AND (e.data->>'version')::int = k.version
        WHERE e.kind = 'COUNTY_POLICY_CHANGED'`,
      [missing.map((k) => k.countyCode), missing.map((k) => k.version)]);
    for (const r of logged) out.set(`${r.county_code}:${r.version}`, r.rules);
    return out;
  }
}
