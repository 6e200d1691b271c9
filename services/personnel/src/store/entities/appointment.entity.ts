import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AppointmentStatus } from '../../domain/appointments';

/** 预约调解 at a gold mediator's studio (or with an expert). */
@Entity({ name: 'appointment' })
export class AppointmentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'mediator_id', type: 'uuid' }) mediatorId!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text' }) status!: AppointmentStatus;
  @Column({ name: 'contact_name', type: 'text' }) contactName!: string;
  @Column({ name: 'contact_phone', type: 'text' }) contactPhone!: string;
  /** Where the appointment belongs for visibility: the booker's region when it lies below the studio's, else the studio's. */
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @Column({ name: 'booked_by', type: 'uuid', nullable: true }) bookedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true }) cancelledBy!: string | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason!: string | null;
}
