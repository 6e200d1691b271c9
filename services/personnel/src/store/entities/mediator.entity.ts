import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StudioHours } from '../../domain/appointments';
import type { CandidateKind, DisputeType } from '../../domain/matching';

/** A member of the mediator pool (调解人才库) or an expert (法学专家, 心理咨询师). */
@Entity({ name: 'mediator' })
export class MediatorEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: CandidateKind;
  @Column({ name: 'center_id', type: 'uuid' }) centerId!: string;
  /** Of its center (jurisdiction and proximity). */
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @Column({ type: 'text', array: true }) specialties!: DisputeType[];
  @Column({ type: 'text', array: true }) languages!: string[];
  @Column({ name: 'gold_team', type: 'boolean', default: false }) goldTeam!: boolean;
  @Column({ type: 'text', nullable: true }) brand!: string | null;
  @Column({ type: 'boolean', default: true }) available!: boolean;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  /** The studio's own opening hours; null = the default hours (see domain/appointments). */
  @Column({ name: 'studio_hours', type: 'jsonb', nullable: true }) studioHours!: StudioHours | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
