/**
 * The grid's watch over key persons' visit plans: each record whose next visit went past its due date is
 * announced once on the dispatch board (KEY_PERSON_VISIT_OVERDUE, per due date: a visit moves the date and
 * a later overdue is announced again). The event names the tier and the grid, never the person: the board's
 * subscribers include roles that may not read key persons.
 *
 * Exactly once across instances: the rows are taken FOR UPDATE SKIP LOCKED and marked in the transaction
 * that appends their events, so two watches never announce the same due date.
 */
import type { DataSource } from 'typeorm';
import { inTransaction } from '@zz/common';
import { appendEvents } from '@zz/events';
import { KEY_PERSON_TIERS, type KeyPersonTier } from '../domain/key-person-care';
import type { KeyPersonStore } from '../store/key-person-store';
import { Periodic } from './periodic';

const BATCH = 200;
const SOURCE = 'grid';

/** 「红色预警重点人员走访超期（应于 12-05 前走访）」 in Beijing time. */
export function overdueNote(tier: string, dueAt: Date): string {
  const local = new Date(dueAt.getTime() + 8 * 3_600_000).toISOString();
  return `${KEY_PERSON_TIERS[tier as KeyPersonTier] ?? tier}重点人员走访超期（应于 ${local.slice(5, 10)} ${local.slice(11, 16)} 前走访）`;
}

export class VisitWatch {
  private readonly periodic = new Periodic('grid:visit-watch', () => this.run());

  constructor(private readonly dataSource: DataSource, private readonly store: KeyPersonStore, private readonly clock: () => Date = () => new Date()) {}

  /** Announces every overdue not yet announced; the number of events appended. */
  async run(): Promise<number> {
    let total = 0;
    for (;;) {
      const now = this.clock();
      const n = await inTransaction(this.dataSource, async (m) => {
        const due = await this.store.overdueUnannounced(m, now, BATCH);
        if (!due.length) return 0;
        await appendEvents(m, due.map((k) => ({
          kind: 'KEY_PERSON_VISIT_OVERDUE' as const, source: SOURCE, regionId: k.gridId, regionCode: k.regionCode, actorId: null, occurredAt: now,
          data: { keyPersonId: k.id, gridId: k.gridId, tier: k.tier, dueAt: k.nextVisitDueAt.toISOString(), note: overdueNote(k.tier, k.nextVisitDueAt) },
        })));
        await this.store.markAnnounced(m, due.map((k) => k.id));
        return due.length;
      });
      total += n;
      if (n < BATCH) return total;
    }
  }

  start(intervalMs: number): void {
    this.periodic.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
