import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConfirmationStatus } from '../../domain/judicial-confirmation';

/** 司法确认: one application to a court to confirm the case's mediation agreement. */
@Entity({ name: 'judicial_confirmation' })
export class JudicialConfirmationEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'int' }) sequence!: number;
  @Column({ name: 'court_department_id', type: 'uuid' }) courtDepartmentId!: string;
  /** The court's system that answers through the graph (a PARTNER account's partner code), if any. */
  @Column({ name: 'via_partner', type: 'text', nullable: true }) viaPartner!: string | null;
  @Column({ type: 'text' }) status!: ConfirmationStatus;
  @Column({ name: 'applied_at', type: 'timestamptz' }) appliedAt!: Date;
  @Column({ name: 'applied_by', type: 'uuid', nullable: true }) appliedBy!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'ruling_number', type: 'text', nullable: true }) rulingNumber!: string | null;
  @Column({ name: 'refusal_reason', type: 'text', nullable: true }) refusalReason!: string | null;
}
