import type { MigrationInterface, QueryRunner } from 'typeorm';

/** supervisionLetters(regionId, …): a jurisdiction's letters newest first, keyset-paged, without a sort. */
export class LetterRegionIndex1763800004004 implements MigrationInterface {
  name = 'LetterRegionIndex1763800004004';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX letter_region_issued ON supervision.letter (region_code text_pattern_ops, issued_at DESC, id DESC)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX supervision.letter_region_issued`);
  }
}
