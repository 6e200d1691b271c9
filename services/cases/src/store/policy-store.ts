/** County policy versions (table cases.county_policy_version): appended, never changed. */
import type { Queryable } from '@zz/common';
import type { CountyPolicyRules, CountyPolicyVersion } from '../domain/policy-versions';

const COLUMNS = `county_code AS "countyCode", version, rules, changed_by AS "changedBy", changed_at AS "changedAt", reason`;

export class VersionTaken extends Error {}

export class PolicyStore {
  constructor(private readonly q: Queryable) {}

  /** A county's versions, newest first. */
  versions(countyCode: string): Promise<CountyPolicyVersion[]> {
    return this.q.query(`SELECT ${COLUMNS} FROM cases.county_policy_version WHERE county_code = $1 ORDER BY version DESC`, [countyCode]);
  }

  async version(countyCode: string, version: number): Promise<CountyPolicyVersion | null> {
    const rows = await this.q.query(`SELECT ${COLUMNS} FROM cases.county_policy_version WHERE county_code = $1 AND version = $2`, [countyCode, version]);
    return rows[0] ?? null;
  }

  /** The newest version number of a county, 0 when it has none. */
  async newest(countyCode: string): Promise<number> {
    const rows = await this.q.query(`SELECT coalesce(max(version), 0)::int AS v FROM cases.county_policy_version WHERE county_code = $1`, [countyCode]);
    return Number(rows[0].v);
  }

  /** Appends `version`; VersionTaken when a concurrent change stored it first (the primary key holds). */
  async insert(row: { countyCode: string; version: number; rules: CountyPolicyRules; changedBy: string | null; changedAt: Date; reason: string }): Promise<CountyPolicyVersion> {
    try {
      const rows = await this.q.query(
        `INSERT INTO cases.county_policy_version (county_code, version, rules, changed_by, changed_at, reason) VALUES ($1, $2, $3::jsonb, $4, $5, $6)
         RETURNING ${COLUMNS}`,
        [row.countyCode, row.version, JSON.stringify(row.rules), row.changedBy, row.changedAt, row.reason]);
      return rows[0];
    } catch (err) {
      if ((err as { code?: string; driverError?: { code?: string } }).driverError?.code === '23505' || (err as { code?: string }).code === '23505') throw new VersionTaken();
      throw err;
    }
  }
}
