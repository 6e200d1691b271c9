import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseStatus } from '../../domain/case-status';
import type { RegionLevel } from '../../domain/ladder';

/** One ledger entry (台账): append-only (a trigger refuses UPDATE/DELETE), one per case version. */
@Entity({ name: 'case_event' })
export class CaseEventEntity {
  /** bigserial, read as a string. */
  @PrimaryColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_username', type: 'text', nullable: true }) actorUsername!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus!: CaseStatus | null;
  @Column({ name: 'to_status', type: 'text', nullable: true }) toStatus!: CaseStatus | null;
  @Column({ name: 'step_key', type: 'text', nullable: true }) stepKey!: string | null;
  @Column({ type: 'text', nullable: true }) level!: RegionLevel | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'jsonb' }) details!: Record<string, unknown>;
}
