/**
 * Risk early warning (三级预警): raising the hits of a case event (each new one with its 风险预警函
 * and a RISK_WARNING event, in the consumer's transaction), and reading them within the jurisdiction.
 */
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { authorize, orderByKey, wellFormedIds } from '@zz/common';
import { appendEvents } from '@zz/events';
import { subtreePattern, visible } from '../domain/access';
import { riskFacts, type CaseRow } from '../domain/read-model';
import { evaluateRisk, RISK_LEVEL_NAMES, RISK_RULE_NAMES, RISK_THRESHOLDS, type RiskLevel } from '../domain/risk-rules';
import type { RiskHitRow } from '../store/rows';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';
import type { LetterService } from './letter-service';
import { connectionOf, keysetArgs } from './paging';

const DAY_MS = 24 * 3600_000;
/** The widest window of the risk rules: how far back other cases of the same party are looked up. */
const RISK_HISTORY_MS = Math.max(RISK_THRESHOLDS.repeatPartyWindowDays, RISK_THRESHOLDS.repeatPetitionWindowDays) * DAY_MS;

export class RiskService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly letters: LetterService,
  ) {}

  /**
   * Evaluates the risk rules for the case as of `now` (the event's time, so a replay gives the same
   * answer) against the other cases of its parties; each new hit gets a 风险预警函 and a RISK_WARNING event.
   */
  async raise(m: EntityManager, row: CaseRow, now: Date): Promise<number> {
    const { deps } = this;
    const history = row.partyKeys.length
      ? await deps.readModel.casesSharingKeys(m, row.partyKeys, new Date(now.getTime() - RISK_HISTORY_MS), now, row.caseId)
      : [];
    const hits = evaluateRisk(riskFacts(row), history.map(riskFacts), now);
    let raised = 0;
    for (const hit of hits) {
      const id = crypto.randomUUID();
      const isNew = await deps.risks.insertIfNew(m, {
        id,
        dedupeKey: hit.dedupeKey,
        caseId: row.caseId,
        rule: hit.rule,
        level: hit.level,
        reason: hit.reason,
        raisedAt: now,
        regionCode: row.regionCode,
        letterId: null,
      });
      if (!isNew) continue;
      const note = `${RISK_LEVEL_NAMES[hit.level]}·${RISK_RULE_NAMES[hit.rule]}：${hit.reason}`;
      const letter = await this.letters.issue(m, {
        kind: 'RISK_WARNING',
        row,
        issuedAt: now,
        issuedBy: null,
        automatic: true,
        trigger: `RISK:${hit.dedupeKey}`,
        note,
        announce: false,
      });
      if (letter) await deps.risks.setLetter(m, id, letter.id);
      await appendEvents(m, [
        {
          kind: 'RISK_WARNING',
          source: 'supervision',
          regionId: row.regionId,
          regionCode: row.regionCode,
          caseId: row.caseId,
          letterId: letter?.id ?? null,
          occurredAt: now,
          data: {
            riskWarningId: id,
            rule: hit.rule,
            ruleName: RISK_RULE_NAMES[hit.rule],
            level: hit.level,
            reason: hit.reason,
            letterId: letter?.id ?? null,
            number: letter?.number ?? null,
            caseCode: row.code,
            partyKeys: [...row.partyKeys],
            note: `${note}（案件 ${row.code}${letter ? `，${letter.number}` : ''}）`,
          },
        },
      ]);
      raised++;
    }
    return raised;
  }

  /** riskWarnings: the hits of a region subtree, newest first, optionally of one level. */
  async warnings(actor: Actor, args: { regionId: string; level?: RiskLevel | null; first?: number | null; after?: string | null }) {
    authorize(actor.identity, 'Query.riskWarnings');
    const { limit, after } = keysetArgs(args, this.deps.config.limits.maxFirst);
    const code = await actor.regions.scopedCode(args.regionId, actor.scope);
    const page = await this.deps.risks.page(this.deps.dataSource, subtreePattern(code), args.level ?? null, limit + 1, after && { raisedAt: after.at, id: after.id });
    return connectionOf(page, limit, (h) => [h.raisedAt.toISOString(), h.id]);
  }

  /** Hits by id in key order; null for an unknown id or a hit outside the jurisdiction. */
  async visibleByIds(actor: Actor, ids: readonly string[]): Promise<(RiskHitRow | null)[]> {
    return orderByKey(await this.deps.risks.byIds(this.deps.dataSource, wellFormedIds(ids)), ids, (h) => h.id).map((h) => visible(actor.scope, h));
  }

  /** The hits of cases (reached only through a case the caller may see), oldest first. */
  byCaseIds(caseIds: readonly string[]): Promise<RiskHitRow[]> {
    return this.deps.risks.byCaseIds(this.deps.dataSource, caseIds);
  }
}
