import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface MeetingAttendeeRow {
  name: string;
  title: string | null;
}

export interface MeetingDecisionRow {
  /** The agenda case the decision is about; null for a general decision. */
  caseId: string | null;
  text: string;
  departmentId: string | null;
  /** ISO time. */
  dueDate: string | null;
}

export interface MeetingAgendaRow {
  position: number;
  caseId: string;
  note: string | null;
}

/** 周例会 / 月研判 of a center (its agenda rows: center_meeting_agenda, read with it). */
@Entity({ name: 'center_meeting' })
export class CenterMeetingEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'center_id', type: 'uuid' }) centerId!: string;
  /** The center's region code when scheduled: the meeting's jurisdiction. */
  @Column({ name: 'center_region_code', type: 'text' }) centerRegionCode!: string;
  @Column({ type: 'text' }) kind!: 'WEEKLY' | 'MONTHLY';
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) sequence!: number;
  @Column({ name: 'scheduled_at', type: 'timestamptz' }) scheduledAt!: Date;
  @Column({ type: 'text' }) place!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'text' }) status!: 'SCHEDULED' | 'HELD' | 'CANCELLED';
  @Column({ name: 'scheduled_by', type: 'uuid', nullable: true }) scheduledBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'held_at', type: 'timestamptz', nullable: true }) heldAt!: Date | null;
  @Column({ type: 'jsonb' }) attendees!: MeetingAttendeeRow[];
  @Column({ type: 'text', nullable: true }) minutes!: string | null;
  @Column({ type: 'jsonb' }) decisions!: MeetingDecisionRow[];
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy!: string | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason!: string | null;
  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true }) cancelledBy!: string | null;
  /** Not a column: filled by the store from center_meeting_agenda. */
  agenda!: MeetingAgendaRow[];
}
