import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A report (随手拍), routed to the grid that contains its point. */
@Entity({ name: 'grid_report' })
export class GridReportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'grid_id', type: 'uuid' })
  gridId!: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'reporter_name', type: 'text', nullable: true })
  reporterName!: string | null;

  @Column({ name: 'reporter_phone', type: 'text', nullable: true })
  reporterPhone!: string | null;

  @Column({ name: 'reported_by_user_id', type: 'uuid', nullable: true })
  reportedByUserId!: string | null;

  /** The grid worker record of the account that filed it (when the account is linked to one). */
  @Column({ name: 'reporter_worker_id', type: 'uuid', nullable: true })
  reporterWorkerId!: string | null;

  @Column({ type: 'text' })
  status!: 'REPORTED' | 'SETTLED' | 'CONVERTED';

  @Column({ name: 'settle_note', type: 'text', nullable: true })
  settleNote!: string | null;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @Column({ name: 'settled_by_user_id', type: 'uuid', nullable: true })
  settledByUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  complexity!: string | null;

  /** Set when a conversion begins; from then on the report cannot be settled. */
  @Column({ name: 'conversion_started_at', type: 'timestamptz', nullable: true })
  conversionStartedAt!: Date | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true })
  convertedAt!: Date | null;

  @Column({ name: 'converted_by_user_id', type: 'uuid', nullable: true })
  convertedByUserId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
