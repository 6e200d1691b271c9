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

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
