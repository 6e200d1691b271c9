/**
 * Supervision's book of county policy versions: keeps the copy from COUNTY_POLICY_CHANGED (in the
 * consumer's transaction) and answers, for a case row, the deadline rules of its version. Versions never
 * change, so each is read and parsed once per process.
 */
import { createLogger } from '@zz/common';
import type { CountyPolicyChangedData } from '@zz/events';
import { rulesFor, rulesOfStoredVersion, versionKey, type CaseDeadlineRules, type VersionFacts } from '../domain/policy-versions';
import type { SupervisionPolicy } from '../domain/policy';
import type { PolicyVersionStore } from '../store/policy-version-store';
import type { Db } from '../store/sql';

const log = createLogger('supervision:policy');

export class PolicyVersionBook {
  private readonly cache = new Map<string, CaseDeadlineRules>();

  constructor(private readonly base: SupervisionPolicy, private readonly store: PolicyVersionStore) {}

  /** Keeps a new version (consumer, same transaction as its position). */
  async record(m: Db, data: CountyPolicyChangedData): Promise<void> {
    await this.store.record(m, data.countyCode, data.version, data.rules);
  }

  /** Reads the versions of these rows that are not cached yet. */
  async load(db: Db, rows: readonly VersionFacts[]): Promise<void> {
    const wanted = new Map<string, { countyCode: string; version: number }>();
    for (const r of rows) {
      if (!r.policyVersion) continue;
      const key = versionKey(r);
      if (!this.cache.has(key)) wanted.set(key, { countyCode: key.split(':')[0], version: r.policyVersion });
    }
    if (!wanted.size) return;
    const found = await this.store.find(db, [...wanted.values()]);
    for (const key of wanted.keys()) {
      const rules = found.get(key);
      if (rules) this.cache.set(key, rulesOfStoredVersion(rules));
      else log.error('county policy version unknown to supervision: the start configuration applies', { version: key });
    }
  }

  /** The deadline rules of a row (after load). */
  rulesFor(row: VersionFacts): CaseDeadlineRules {
    return rulesFor(this.base, row, this.cache);
  }
}
