import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface SessionPartyRow {
  name: string;
  role: string;
}

export interface SessionMediatorRow {
  mediatorId: string;
  role: 'LEAD' | 'ASSIST';
}

/** 调解会: one sitting of a case's mediation, numbered per case. */
@Entity({ name: 'mediation_session' })
export class MediationSessionEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'int' }) sequence!: number;
  @Column({ name: 'held_at', type: 'timestamptz' }) heldAt!: Date;
  @Column({ type: 'text' }) place!: string;
  @Column({ type: 'jsonb' }) parties!: SessionPartyRow[];
  @Column({ type: 'jsonb' }) mediators!: SessionMediatorRow[];
  @Column({ name: 'department_ids', type: 'uuid', array: true }) departmentIds!: string[];
  @Column({ type: 'text' }) minutes!: string;
  @Column({ type: 'text' }) outcome!: 'AGREED' | 'PARTIAL' | 'NO_AGREEMENT' | 'ADJOURNED';
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy!: string | null;
}
