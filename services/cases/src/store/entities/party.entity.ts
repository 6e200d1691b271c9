import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartyRole } from '../../domain/intake';

/** 当事人. Phone and ID number are stored in full and masked when read (domain/masking). */
@Entity({ name: 'party' })
export class PartyEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) role!: PartyRole;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'id_number', type: 'text', nullable: true }) idNumber!: string | null;
}
