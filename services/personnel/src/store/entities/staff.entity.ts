import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StaffKind as SdlStaffKind } from '../../generated/resolvers-types';

/** The graph's `StaffKind` enum. */
export type StaffKind = SdlStaffKind;

/** A person working in a center: window staff (the center's own) or staff stationed by a department. */
@Entity({ name: 'staff' })
export class StaffEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'center_id', type: 'uuid' }) centerId!: string;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ type: 'text' }) kind!: StaffKind;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  /** Of its center. */
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
