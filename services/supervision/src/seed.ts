import type { DataSource } from 'typeorm';
import type { World } from '@zz/demo-world';
import { rememberCounties } from './service/letter-prefixes';
import { LetterStore } from './store/letter-store';

/**
 * Supervision's part of the demo world: the counties' letter prefixes (大埔县 → 大埔综治). Cases, and so
 * everything supervision derives from them, come through the event log. Idempotent.
 */
export async function seedSupervision(dataSource: DataSource, world: World): Promise<void> {
  await rememberCounties(new LetterStore(), dataSource, world.regions.filter((r) => r.level === 'COUNTY'));
}
