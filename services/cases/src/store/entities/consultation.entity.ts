import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One person who attended a consultation: staff of a convened department (not a party). */
export interface ConsultationAttendee {
  departmentId: string;
  name: string;
  title: string | null;
}

/** 联合会商 ("1+5+N") on a case, with its recorded decision. */
@Entity({ name: 'consultation' })
export class ConsultationEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ name: 'department_ids', type: 'uuid', array: true }) departmentIds!: string[];
  @Column({ name: 'convened_by_center_id', type: 'uuid' }) convenedByCenterId!: string;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
  @Column({ name: 'opened_by', type: 'uuid', nullable: true }) openedBy!: string | null;
  @Column({ name: 'responsibility_split', type: 'text', nullable: true }) responsibilitySplit!: string | null;
  @Column({ type: 'text', nullable: true }) plan!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  /** Recorded with the decision; empty before it. */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` }) attendees!: ConsultationAttendee[];
}
