import type { DataSource } from 'typeorm';
import type { World } from '@zz/common/src/demo/world';
import { prefixFromCountyName } from './domain/policy';
import { LetterStore } from './store/letter-store';

/**
 * Supervision's part of the demo world: the counties' letter prefixes (大埔县 → 大埔综治). Cases, and so
 * everything supervision derives from them, come through the event log. Idempotent.
 */
export async function seedSupervision(dataSource: DataSource, world: World): Promise<void> {
  const letters = new LetterStore();
  for (const r of world.regions) {
    if (r.level !== 'COUNTY') continue;
    const prefix = prefixFromCountyName(r.name);
    if (prefix) await letters.saveCounty(dataSource, r.code, r.name, prefix);
  }
}
