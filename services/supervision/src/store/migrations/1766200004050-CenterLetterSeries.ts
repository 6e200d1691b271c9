import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents are numbered per issuing center and year: the center handling a case numbers its
 * 受理告知单, 交办单 and outcome 反馈单 in its own series (湖寮综治交〔2026〕N号); a village station in its
 * town center's. Supervision keeps each center's name and series, learnt from personnel (demo: the world).
 * Letters issued before keep their numbers.
 */
export class CenterLetterSeries1766200004050 implements MigrationInterface {
  name = 'CenterLetterSeries1766200004050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE supervision.center (id uuid PRIMARY KEY, name text NOT NULL, letter_prefix text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supervision.center`);
  }
}
