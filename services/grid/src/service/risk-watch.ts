/**
 * The grid's consumer of risk warnings: for each RISK_WARNING in the log, the key persons of the case's
 * county who share a key with its parties (domain/key-person-risk.ts) are linked to the warning, their tier
 * raised to its level when that is higher (the visit plan follows), and each match is announced on the board
 * as KEY_PERSON_RISK_WARNING — with the tier and the grid, never the name (DispatchEvent.keyPerson names the
 * person to those who may read key persons).
 *
 * Exactly once: one batch is one transaction under an advisory lock (a second instance waits its turn or
 * skips the tick), its effects and the consumer's saved position commit together, and a match is kept once
 * per record and warning, so a replayed event changes nothing.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { countyCodeOf, inTransaction } from '@zz/common';
import { appendEvents, loadConsumerPosition, readEventsAfter, saveConsumerPosition, type NewEvent, type StoredEvent } from '@zz/events';
import { nextVisitDue, visitInterval } from '../domain/key-person-care';
import { isTier, riskNote, tierAfterWarning } from '../domain/key-person-risk';
import type { KeyPersonStore } from '../store/key-person-store';
import { Periodic } from './periodic';

export const RISK_CONSUMER = 'grid-key-person-risk';
const BATCH = 500;
const SOURCE = 'grid';

export class RiskWatch {
  private readonly periodic = new Periodic('grid:risk-watch', () => this.run());

  constructor(private readonly dataSource: DataSource, private readonly store: KeyPersonStore, private readonly clock: () => Date = () => new Date()) {}

  /** Follows the log to its end; the number of matches kept. */
  async run(): Promise<number> {
    let total = 0;
    for (;;) {
      const r = await inTransaction(this.dataSource, (m) => this.batch(m));
      if (r === null) return total;
      total += r.matched;
      if (r.read < BATCH) return total;
    }
  }

  /** One batch: null when another instance holds the lock, else how many events were read and matches kept. */
  private async batch(m: EntityManager): Promise<{ read: number; matched: number } | null> {
    const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [RISK_CONSUMER]);
    if (!locked) return null;
    const events = await readEventsAfter(m, await loadConsumerPosition(m, RISK_CONSUMER), BATCH);
    if (!events.length) return { read: 0, matched: 0 };
    let matched = 0;
    for (const e of events) if (e.kind === 'RISK_WARNING') matched += await this.apply(m, e);
    const last = events[events.length - 1];
    await saveConsumerPosition(m, RISK_CONSUMER, { tx: last.tx, id: last.id });
    return { read: events.length, matched };
  }

  private async apply(m: EntityManager, e: StoredEvent<'RISK_WARNING'>): Promise<number> {
    const { data } = e;
    const keys = (data.partyKeys ?? []).filter((k) => typeof k === 'string' && k !== '');
    if (!keys.length || !e.caseId || !isTier(data.level)) return 0;
    const level = data.level;
    const now = this.clock();
    const announced: NewEvent[] = [];
    for (const k of await this.store.sharingKeys(m, countyCodeOf(e.regionCode), keys)) {
      const before = isTier(k.tier) ? k.tier : 'YELLOW';
      const tier = tierAfterWarning(before, level);
      const kept = await this.store.insertRiskLink(m, {
        keyPersonId: k.id, regionCode: k.regionCode, riskWarningId: data.riskWarningId, caseId: e.caseId, caseCode: data.caseCode,
        rule: data.rule, ruleName: data.ruleName ?? data.rule, reason: data.reason, level, tierBefore: before, tierAfter: tier, linkedAt: now,
      });
      if (!kept) continue;
      if (tier !== before) {
        await this.store.update(m, k.id, { tier, nextVisitDueAt: nextVisitDue(k.lastVisitedAt, k.createdAt, visitInterval(tier, k.visitEveryDays)) }, now);
      }
      announced.push({
        kind: 'KEY_PERSON_RISK_WARNING', source: SOURCE, regionId: k.gridId, regionCode: k.regionCode, caseId: e.caseId, actorId: null, occurredAt: now,
        data: {
          keyPersonId: k.id, gridId: k.gridId, riskWarningId: data.riskWarningId, rule: data.rule, level, tierBefore: before, tier,
          raised: tier !== before, caseCode: data.caseCode, note: riskNote(before, tier, data.caseCode),
        },
      });
    }
    if (announced.length) await appendEvents(m, announced);
    return announced.length;
  }

  start(intervalMs: number): void {
    this.periodic.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
