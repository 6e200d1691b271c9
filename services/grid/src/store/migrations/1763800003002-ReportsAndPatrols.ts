import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports (随手拍) routed to grids, and patrol tasks pushed down to them. */
export class ReportsAndPatrols1763800003002 implements MigrationInterface {
  name = 'ReportsAndPatrols1763800003002';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE grid.grid_report (
      id uuid PRIMARY KEY,
      grid_id uuid NOT NULL REFERENCES grid.grid(id),
      region_code text NOT NULL,
      lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
      lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
      category text NOT NULL,
      description text NOT NULL,
      reporter_name text,
      reporter_phone text,
      reported_by_user_id uuid,
      reporter_worker_id uuid REFERENCES grid.grid_worker(id),
      status text NOT NULL DEFAULT 'REPORTED' CHECK (status IN ('REPORTED','SETTLED','CONVERTED')),
      settle_note text,
      settled_at timestamptz,
      settled_by_user_id uuid,
      complexity text CHECK (complexity IN ('SIMPLE','GENERAL','COMPLEX','DIFFICULT')),
      conversion_started_at timestamptz,
      case_id uuid UNIQUE,
      converted_at timestamptz,
      converted_by_user_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'SETTLED') = (settled_at IS NOT NULL AND settle_note IS NOT NULL)),
      CHECK ((status = 'CONVERTED') = (case_id IS NOT NULL)),
      CHECK (status <> 'SETTLED' OR conversion_started_at IS NULL)
    )`);
    await q.query(`CREATE INDEX grid_report_grid ON grid.grid_report (grid_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX grid_report_region_code ON grid.grid_report (region_code text_pattern_ops, created_at DESC)`);

    await q.query(`CREATE TABLE grid.patrol_task (
      id uuid PRIMARY KEY,
      grid_id uuid NOT NULL REFERENCES grid.grid(id),
      region_code text NOT NULL,
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      note text,
      due_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'DISPATCHED' CHECK (status IN ('DISPATCHED','COMPLETED')),
      dispatched_by_user_id uuid,
      dispatched_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      completed_by_user_id uuid,
      completion_note text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX patrol_task_grid ON grid.patrol_task (grid_id, due_at, id)`);
    await q.query(`CREATE INDEX patrol_task_region_code ON grid.patrol_task (region_code text_pattern_ops, due_at)`);
    // The overdue board: open tasks by due time.
    await q.query(`CREATE INDEX patrol_task_open_due ON grid.patrol_task (due_at) WHERE status = 'DISPATCHED'`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grid.patrol_task`);
    await q.query(`DROP TABLE grid.grid_report`);
  }
}
