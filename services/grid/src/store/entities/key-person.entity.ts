import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 重点人群 record. Sensitive: read only through the access rule in domain/access.ts. */
@Entity({ name: 'key_person' })
export class KeyPersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'grid_id', type: 'uuid' })
  gridId!: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode!: string;

  @Column({ type: 'text' })
  name!: string;

  /** KeyPersonCategory enum name. */
  @Column({ type: 'text' })
  category!: string;

  /** 一人一策 */
  @Column({ type: 'text' })
  plan!: string;

  /** KeyPersonTier enum name (三级预警). */
  @Column({ type: 'text' })
  tier!: string;

  /** 包保干部 */
  @Column({ name: 'responsible_cadre', type: 'text', nullable: true })
  responsibleCadre!: string | null;

  /** The record's own visit interval in days; null: its tier's. */
  @Column({ name: 'visit_every_days', type: 'int', nullable: true })
  visitEveryDays!: number | null;

  @Column({ name: 'last_visited_at', type: 'timestamptz', nullable: true })
  lastVisitedAt!: Date | null;

  @Column({ name: 'next_visit_due_at', type: 'timestamptz' })
  nextVisitDueAt!: Date;

  /** Hash of the ID number (domain/key-person-risk.ts); the number itself is never stored. */
  @Column({ name: 'id_number_key', type: 'text', nullable: true })
  idNumberKey!: string | null;

  /** Hash of the phone; the number itself is never stored. */
  @Column({ name: 'phone_key', type: 'text', nullable: true })
  phoneKey!: string | null;

  /** Every key the record is matched by (name at grid / village / town, and the two above). */
  @Column({ name: 'party_keys', type: 'text', array: true })
  partyKeys!: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
