import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The graph's `WindowKind`. */
export type WindowKind = 'INTAKE' | 'FIXED' | 'ROTATING';

/** A numbered window (窗口号) of a center's hall. */
@Entity({ name: 'center_window' })
export class CenterWindowEntity {
  @PrimaryColumn({ name: 'center_id', type: 'uuid' }) centerId!: string;
  @PrimaryColumn({ type: 'int' }) number!: number;
  @Column({ type: 'text' }) kind!: WindowKind;
  /** The department sitting there all year (FIXED only). */
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ type: 'text' }) label!: string;
  /** Of its center. */
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
}

/** One rotating department at one rotating window for one month; its staff in `rota_staff`. */
@Entity({ name: 'rota_assignment' })
export class RotaAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'center_id', type: 'uuid' }) centerId!: string;
  @Column({ name: 'window_number', type: 'int' }) windowNumber!: number;
  @Column({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) month!: number;
  /** Of its center. */
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @Column({ name: 'planned_by', type: 'uuid', nullable: true }) plannedBy!: string | null;
  @Column({ name: 'planned_at', type: 'timestamptz' }) plannedAt!: Date;
}
