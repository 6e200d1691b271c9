/**
 * Volume module of the supervision subgraph (tables of services/supervision/src/store/migrations): the
 * read model it would have built from the loaded case events — case_read, party_key, deadline — plus
 * follow-up visits for resolved cases (about 70 % rated, ~6 % unsatisfied), the statistics rollup
 * (rebuilt with supervision's own `rebuildRollups`, its definition of every counter), and its
 * consumer position set past the loaded events, so supervision starts caught up instead of replaying
 * millions of historical events.
 *
 * Done server-side (INSERT … SELECT from the loaded cases rows, in one database): the read model is by
 * definition the cases' current state, so deriving it in SQL keeps both consistent at any volume.
 * Alerts already due are recorded as fired (warned_at / overdue_at), so the scheduler does not raise a
 * storm of warnings for history on its first pass. Letters (交办单 / 反馈单 …) are not loaded.
 */
import { CONSUMER_NAME, ReadModelStore } from '@zz/supervision';
import { tableExists, withIndexesDeferred } from './bulk';
import type { VolumeContext, VolumeModule } from './modules';

/** Deterministic pseudo-random in [0,1) per case id, in SQL. */
const H = `(('x' || substr(md5(c.id::text), 1, 8))::bit(32)::bigint / 4294967296.0)`;
const SETTLED_AT = `CASE WHEN c.status IN ('ACCEPTED','ASSIGNED','IN_MEDIATION') THEN NULL WHEN c.resolved_at IS NOT NULL THEN c.resolved_at ELSE c.updated_at END`;

export const supervisionModule: VolumeModule = {
  name: 'supervision',
  async load(ctx: VolumeContext) {
    const { client } = ctx;
    const skipped: Record<string, string> = {};
    const counts: Record<string, number> = {};
    const need = ['supervision.case_read', 'supervision.deadline', 'supervision.party_key', 'supervision.follow_up', 'supervision.stats_rollup'];
    for (const t of need) if (!(await tableExists(client, t))) skipped[t] = `${t} does not exist`;
    if (skipped['supervision.case_read'] || !(await tableExists(client, 'cases."case"'))) return { skipped: { ...skipped, 'supervision.*': 'no case_read or no cases to derive it from' } };
    const step = async (table: string, sql: string) => {
      if (skipped[table]) return;
      const t = Date.now();
      try {
        const r = await client.query(sql);
        counts[table] = r.rowCount ?? 0;
        process.stderr.write(`  ${table}: ${(r.rowCount ?? 0).toLocaleString('en')} rows in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
      } catch (err) {
        skipped[table] = `insert failed (layout changed?): ${(err as Error).message}`;
        process.stderr.write(`  ${table}: skipped — ${skipped[table]}\n`);
      }
    };
    const hasEvents = await tableExists(client, 'events.dispatch_event');

    // Secondary indexes are rebuilt once at the end (see withIndexesDeferred).
    const deferred = need.filter((t) => !skipped[t] && t !== 'supervision.stats_rollup');
    await withIndexesDeferred(client, deferred, async () => {
    await step('supervision.case_read', `
      INSERT INTO supervision.case_read (case_id, code, region_id, region_code, channel, type, complexity, status, level, resolved_level,
        lead_department_id, department_ids, received_at, accepted_at, resolved_at, closed_at, reopened_at, reopen_count, escalation_count,
        applicant_count, amount_in_dispute, party_keys, overdue, rating, last_event_id, updated_at, resolution_mode, leader_id)
      SELECT c.id, c.code, c.region_id, c.region_code, c.channel, c.type, c.complexity, c.status, c.center_level, c.resolved_level,
        c.lead_department_id, c.department_ids, c.received_at, c.accepted_at, c.resolved_at, c.closed_at, NULL, c.reopen_count, c.escalation_count,
        c.applicant_count, c.amount_in_dispute, c.party_keys,
        c.deadline_at IS NOT NULL AND c.deadline_at < COALESCE(${SETTLED_AT}, now()),
        NULL, COALESCE(e.last_id, 0), c.updated_at, c.resolution_mode, c.leader_id
      FROM cases."case" c
      LEFT JOIN ${hasEvents ? `(SELECT case_id, max(id) AS last_id FROM events.dispatch_event WHERE case_id IS NOT NULL GROUP BY case_id)` : `(SELECT NULL::uuid AS case_id, NULL::bigint AS last_id)`} e ON e.case_id = c.id
      ON CONFLICT (case_id) DO NOTHING`);

    await step('supervision.party_key', `
      INSERT INTO supervision.party_key (case_id, key, received_at)
      SELECT c.id, k, c.received_at FROM cases."case" c CROSS JOIN LATERAL unnest(c.party_keys) AS k
      ON CONFLICT DO NOTHING`);

    // Complexity deadlines from acceptance: the loaded events carry no per-step terms, so the overall deadline is the
    // same instant (as the migration that added it backfilled older rows).
    await step('supervision.deadline', `
      INSERT INTO supervision.deadline (case_id, region_code, started_at, complexity, deadline_at, overall_deadline_at, warning_at, warned_at, overdue_at, open, settled_at)
      SELECT c.id, c.region_code, c.accepted_at, COALESCE(c.complexity, 'GENERAL'), c.deadline_at, c.deadline_at, w.warning_at,
        CASE WHEN w.warning_at <= COALESCE(${SETTLED_AT}, now()) THEN w.warning_at END,
        CASE WHEN c.deadline_at < COALESCE(${SETTLED_AT}, now()) THEN c.deadline_at END,
        c.status IN ('ACCEPTED','ASSIGNED','IN_MEDIATION'), ${SETTLED_AT}
      FROM cases."case" c
      CROSS JOIN LATERAL (SELECT c.accepted_at + (c.deadline_at - c.accepted_at) * 0.8 AS warning_at) w
      WHERE c.accepted_at IS NOT NULL AND c.deadline_at IS NOT NULL
      ON CONFLICT (case_id) DO NOTHING`);

    // 回访: resolved cases, a few days after settlement (never in the future).
    await step('supervision.follow_up', `
      INSERT INTO supervision.follow_up (id, case_id, round, rating, comment, at, recorded_by, region_code, department_id)
      SELECT gen_random_uuid(), c.id, c.reopen_count,
        CASE WHEN h < 0.45 THEN 'SATISFIED' WHEN h < 0.66 THEN 'BASICALLY_SATISFIED' ELSE 'UNSATISFIED' END,
        CASE WHEN h >= 0.66 THEN '当事人认为协议履行不到位' END,
        LEAST(now(), COALESCE(c.closed_at, c.resolved_at) + (h * interval '5 days')), NULL, c.region_code, c.lead_department_id
      FROM (SELECT c.*, ${H} AS h FROM cases."case" c WHERE c.resolved_at IS NOT NULL) c
      WHERE c.h < 0.7
      ON CONFLICT DO NOTHING`);
    if (!skipped['supervision.follow_up']) {
      await step('supervision.case_read (ratings)', `
        UPDATE supervision.case_read r SET rating = f.rating FROM supervision.follow_up f WHERE f.case_id = r.case_id AND r.rating IS NULL`);
    }
    });

    if (!skipped['supervision.stats_rollup']) {
      const t = Date.now();
      try {
        await new ReadModelStore().rebuildRollups(ctx.dataSources.supervision);
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM supervision.stats_rollup`);
        counts['supervision.stats_rollup'] = rows[0].n;
        process.stderr.write(`  supervision.stats_rollup: ${rows[0].n.toLocaleString('en')} cells rebuilt in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
      } catch (err) {
        skipped['supervision.stats_rollup'] = `rebuildRollups failed: ${(err as Error).message}`;
      }
    }

    // Start the read-model consumer after everything loaded (it would otherwise replay it all).
    if (hasEvents && (await tableExists(client, 'events.consumer_cursor'))) {
      const { rows } = await client.query(`SELECT e.tx::text AS tx, e.id::text AS id FROM events.dispatch_event e ORDER BY e.tx DESC, e.id DESC LIMIT 1`);
      if (rows.length) {
        await client.query(
          `INSERT INTO events.consumer_cursor (consumer, tx, id) VALUES ($1, $2::xid8, $3)
           ON CONFLICT (consumer) DO UPDATE SET tx = EXCLUDED.tx, id = EXCLUDED.id, updated_at = now()`,
          [CONSUMER_NAME, rows[0].tx, rows[0].id]);
        counts['events.consumer_cursor'] = 1;
      }
    }
    return { rows: counts, skipped };
  },
};

