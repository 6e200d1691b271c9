import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CenterLevel, RegionLevel } from '../../domain/ladder';

/** Time a case spent at one ladder step (四级七天 step deadlines, the 631 split). */
@Entity({ name: 'step_visit' })
export class StepVisitEntity {
  @PrimaryColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'step_key', type: 'text' }) stepKey!: string;
  @Column({ type: 'text' }) level!: RegionLevel;
  @Column({ name: 'center_level', type: 'text' }) centerLevel!: CenterLevel;
  @Column({ name: 'center_id', type: 'uuid' }) centerId!: string;
  @Column({ name: 'entered_at', type: 'timestamptz' }) enteredAt!: Date;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt!: Date | null;
}
