import type { MigrationInterface, QueryRunner } from 'typeorm';

const MODES = `('INSTANT','PROFESSIONAL','JOINT','ARBITRATION','LITIGATION','ADMINISTRATIVE_REVIEW')`;

/**
 * The resolution path (化解方式) a case is being settled in: 即时调解 → 专业调解 → 联合调解 → 仲裁 / 诉讼 / 行政复议.
 * Cases stored before the column existed are counted as settled on the spot, except those already
 * referred: their route is their mode. The history of the mode is in the ledger (case_event.details).
 */
export class ResolutionMode1763800001150 implements MigrationInterface {
  name = 'ResolutionMode1763800001150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" ADD COLUMN resolution_mode text NOT NULL DEFAULT 'INSTANT' CHECK (resolution_mode IN ${MODES})`);
    // The ledger trigger wants a ledger entry per version; this backfill leaves the version as it is.
    await q.query(`UPDATE cases."case" SET resolution_mode = referral_route WHERE referral_route IS NOT NULL`);
    await q.query(`CREATE INDEX case_resolution_mode ON cases."case" (resolution_mode)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" DROP COLUMN resolution_mode`);
  }
}
