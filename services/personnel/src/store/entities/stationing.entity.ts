import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StationingMode as SdlStationingMode } from '../../generated/resolvers-types';

/** The graph's `StationingMode` enum. */
export type StationingMode = SdlStationingMode;

/** A department's stationing in a center ("8+14+N"); ROTATING ones sit only in `months`. */
@Entity({ name: 'stationing' })
export class StationingEntity {
  @PrimaryColumn({ name: 'center_id', type: 'uuid' }) centerId!: string;
  @PrimaryColumn({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ type: 'text' }) mode!: StationingMode;
  @Column({ name: 'staff_count', type: 'int' }) staffCount!: number;
  @Column({ type: 'int', array: true }) months!: number[];
  /** Whom the center calls (ON_CALL above all): one of the center's staff. */
  @Column({ name: 'contact_staff_id', type: 'uuid', nullable: true }) contactStaffId!: string | null;
}
