/**
 * Applies one case event of the log to the read model, in the consumer's transaction: the case row
 * (and its rollup contribution), its deadline, the automatic letters, and the risk rules.
 */
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendEvents, deadlinePolicyFor, type StoredEvent } from '@zz/common';
import {
  AUTOMATIC_LETTER_NOTES,
  SETTLED_STATUSES,
  automaticLetterFor,
  computeDeadline,
  deadlineRuns,
  riskFacts,
  rowFromSnapshot,
  snapshotOf,
  type CaseRow,
} from '../domain/read-model';
import { RISK_LEVEL_NAMES, RISK_RULE_NAMES, RISK_THRESHOLDS, evaluateRisk } from '../domain/risk-rules';
import { LETTER_KIND_NAMES } from '../domain/accountability';
import type { RollupDeltas } from '../domain/rollup';
import type { DeadlineRow } from '../store/rows';
import type { SupervisionDeps } from './deps';
import { issueLetter } from './letters';

const DAY_MS = 24 * 3600_000;
/** The widest window of the risk rules: how far back other cases of the same party are looked up. */
const RISK_HISTORY_MS = Math.max(RISK_THRESHOLDS.repeatPartyWindowDays, RISK_THRESHOLDS.repeatPetitionWindowDays) * DAY_MS;

/** Events supervision applies: the cases subgraph's, which carry a snapshot (its own events are skipped). */
export function isCaseEvent(e: StoredEvent): boolean {
  return e.source !== 'supervision' && snapshotOf(e.data) !== null;
}

export async function applyCaseEvent(deps: SupervisionDeps, m: EntityManager, e: StoredEvent, deltas: RollupDeltas): Promise<CaseRow | null> {
  const snapshot = snapshotOf(e.data);
  if (!snapshot) return null;
  const previous = await deps.readModel.lockCase(m, snapshot.id);
  let row = rowFromSnapshot(snapshot, previous, e.id, e.occurredAt);

  // The deadline of the current acceptance / reopening (written after the row: it references it).
  const existing = previous ? await deps.readModel.deadline(m, row.caseId) : null;
  let deadline: DeadlineRow | null = null;
  if (deadlineRuns(row)) {
    const d = computeDeadline(row, deadlinePolicyFor(deps.policy, row.regionCode), deps.policy.calendar);
    deadline = {
      caseId: row.caseId,
      regionCode: row.regionCode,
      ...d,
      // Alerts fired so far stay on record; dueAlerts decides whether they belong to the (possibly moved) deadline.
      warnedAt: existing?.warnedAt ?? null,
      overdueAt: existing?.overdueAt ?? null,
      open: true,
      settledAt: null,
    };
  } else if (existing?.open) {
    deadline = { ...existing, regionCode: row.regionCode, open: false, settledAt: e.occurredAt };
    // Settled after the deadline before the scheduler noticed: still overdue (no alert for a settled case).
    if (SETTLED_STATUSES.includes(row.status) && e.occurredAt.getTime() > existing.deadlineAt.getTime()) row = { ...row, overdue: true };
  }
  await deps.readModel.saveCase(m, row, previous, deltas);
  if (deadline) await deps.readModel.saveDeadline(m, deadline);

  const kind = automaticLetterFor(e.kind, row, previous);
  if (kind) {
    const note = typeof e.data.note === 'string' && e.data.note.trim() ? e.data.note.trim() : null;
    await issueLetter(deps, m, {
      kind,
      row,
      issuedAt: e.occurredAt,
      issuedBy: null,
      automatic: true,
      trigger: `${kind}:${e.id}`,
      note: note ?? AUTOMATIC_LETTER_NOTES[e.kind] ?? LETTER_KIND_NAMES[kind],
    });
  }

  await raiseRiskWarnings(deps, m, row, e.occurredAt);
  return row;
}

/**
 * Evaluates the risk rules for the case as of `now` (the event's time, so a replay gives the same
 * answer) against the other cases of its parties; each new hit gets a 风险预警函 and a RISK_WARNING event.
 */
export async function raiseRiskWarnings(deps: SupervisionDeps, m: EntityManager, row: CaseRow, now: Date): Promise<number> {
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
    const letter = await issueLetter(deps, m, {
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
          level: hit.level,
          reason: hit.reason,
          letterId: letter?.id ?? null,
          number: letter?.number ?? null,
          caseCode: row.code,
          note: `${note}（案件 ${row.code}${letter ? `，${letter.number}` : ''}）`,
        },
      },
    ]);
    raised++;
  }
  return raised;
}
