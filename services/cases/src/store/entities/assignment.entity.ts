import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssignmentRole, JointMediationKind } from '../../generated/resolvers-types';

/** 交办: a department (lead or assisting) or a mediator on a case; ended rows stay for the record. */
@Entity({ name: 'assignment' })
export class AssignmentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ name: 'mediator_id', type: 'uuid', nullable: true }) mediatorId!: string | null;
  @Column({ type: 'text' }) role!: AssignmentRole;
  @Column({ name: 'assigned_at', type: 'timestamptz' }) assignedAt!: Date;
  @Column({ name: 'assigned_by', type: 'uuid', nullable: true }) assignedBy!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** 五方联调: the kind of mediation this handler brings (null when none was given). */
  @Column({ name: 'joint_kind', type: 'text', nullable: true }) jointKind!: JointMediationKind | null;
  @Column({ type: 'boolean' }) active!: boolean;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ name: 'end_reason', type: 'text', nullable: true }) endReason!: string | null;
}
