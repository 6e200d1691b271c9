import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 一人一案: a case marked high-risk (命案风险, 极端行为, 群体性事件 …) with the reason, and its plan
 * (measures, responsible person, review date, who recorded it and when) as one jsonb value: it is
 * read and replaced whole, never queried by its parts.
 */
export class RiskPlan1763800001170 implements MigrationInterface {
  name = 'RiskPlan1763800001170';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" ADD COLUMN high_risk boolean NOT NULL DEFAULT false, ADD COLUMN risk_reason text,
      ADD COLUMN risk_plan jsonb, ADD CONSTRAINT case_high_risk_reason CHECK (NOT high_risk OR risk_reason IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" DROP COLUMN risk_plan, DROP COLUMN risk_reason, DROP COLUMN high_risk`);
  }
}
