/**
 * The 机关代字 of a county's letters: configured, else remembered in supervision.county (seeded from
 * the demo world, or learnt from grid's county names at start), else `综治` + the county code.
 * Inside a transaction only the database is asked (no network call while rows are locked).
 */
import { SERVICE_IDENTITY, createLogger, type InternalClient } from '@zz/common';
import type { DataSource } from 'typeorm';
import { configuredLetterPrefix, fallbackLetterPrefix, prefixFromCenterName, prefixFromCountyName, type SupervisionPolicy } from '../domain/policy';
import type { LetterStore } from '../store/letter-store';
import type { Db } from '../store/sql';

const log = createLogger('supervision:prefixes');

/** Remembers the prefixes of counties by their names (大埔县 → 大埔综治); the number remembered. Idempotent. */
export async function rememberCounties(letters: LetterStore, db: Db, counties: readonly { code: string; name: string }[]): Promise<number> {
  let n = 0;
  for (const r of counties) {
    const prefix = prefixFromCountyName(r.name);
    if (!prefix) continue;
    await letters.saveCounty(db, r.code, r.name, prefix);
    n++;
  }
  return n;
}

export interface CenterFacts {
  id: string;
  name: string;
  level: string;
  regionCode: string;
}

/**
 * Remembers each center's name and document series: its own (湖寮镇综治中心 → 湖寮综治), or for a village
 * station the series of the town center above it (a station is not a 发文机关). Idempotent.
 */
export async function rememberCenters(letters: LetterStore, db: Db, centers: readonly CenterFacts[]): Promise<number> {
  const issuing = centers.filter((c) => c.level !== 'VILLAGE');
  let n = 0;
  for (const c of centers) {
    const numbering = c.level === 'VILLAGE'
      ? issuing.filter((t) => c.regionCode.startsWith(t.regionCode)).sort((a, b) => b.regionCode.length - a.regionCode.length)[0]
      : c;
    const prefix = numbering && prefixFromCenterName(numbering.name);
    if (!prefix) continue;
    await letters.saveCenter(db, c.id, c.name, prefix);
    n++;
  }
  return n;
}

export class PrefixResolver {
  private readonly known = new Map<string, string>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly policy: SupervisionPolicy,
    private readonly letters: LetterStore,
    private readonly internal: InternalClient,
  ) {}

  async prefixFor(db: Db, countyCode: string): Promise<string> {
    const configured = configuredLetterPrefix(this.policy, countyCode);
    if (configured) return configured;
    const cached = this.known.get(countyCode);
    if (cached) return cached;
    const stored = await this.letters.countyPrefix(db, countyCode);
    if (stored) {
      this.known.set(countyCode, stored);
      return stored;
    }
    if (!this.warned.has(countyCode)) log.warn('no letter prefix known for county; using the fallback', { countyCode });
    this.warned.add(countyCode);
    return fallbackLetterPrefix(countyCode);
  }

  /** Remembers the counties' names from grid (best effort: supervision works without it). */
  async learnFromGrid(dataSource: DataSource): Promise<number> {
    try {
      const data = await this.internal.call<{ regions: { code: string; name: string }[] }>(
        'grid',
        `query { regions(level: COUNTY) { code name } }`,
        {},
        SERVICE_IDENTITY('supervision'),
      );
      return await rememberCounties(this.letters, dataSource, data.regions ?? []);
    } catch (err) {
      log.warn('could not learn county names from grid', { err: err as Error });
      return 0;
    }
  }

  /** Remembers the centers' names and series from personnel (best effort: unknown centers number in the county's series). */
  async learnCenters(dataSource: DataSource): Promise<number> {
    try {
      const data = await this.internal.call<{ centers: CenterFacts[] }>(
        'personnel',
        `query { centers { id name level regionCode } }`,
        {},
        SERVICE_IDENTITY('supervision'),
      );
      return await rememberCenters(this.letters, dataSource, data.centers ?? []);
    } catch (err) {
      log.warn('could not learn center names from personnel', { err: err as Error });
      return 0;
    }
  }
}
