import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'grid_worker' })
export class GridWorkerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'grid_id', type: 'uuid' })
  gridId!: string;

  /** The grid's code (copied, for jurisdiction scans). */
  @Column({ name: 'region_code', type: 'text' })
  regionCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: 'FULL_TIME' | 'PART_TIME' | 'AUXILIARY';

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** The staff account (personnel) of this worker, when it has one. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
