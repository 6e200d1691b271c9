import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Quarterly evaluation of a stationed staff member by the center (one per person per quarter). */
@Entity({ name: 'evaluation' })
export class EvaluationEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'staff_id', type: 'uuid' }) staffId!: string;
  @Column({ name: 'center_id', type: 'uuid' }) centerId!: string;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) quarter!: number;
  /** numeric(4,1) comes back from pg as a string. */
  @Column({ type: 'numeric', precision: 4, scale: 1 }) score!: string;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ name: 'evaluated_by', type: 'uuid', nullable: true }) evaluatedBy!: string | null;
  @Column({ name: 'evaluated_at', type: 'timestamptz', default: () => 'now()' }) evaluatedAt!: Date;
  @Column({ type: 'int', default: 1 }) revision!: number;
}
