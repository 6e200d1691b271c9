import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A grid. Its id IS the id of its GRID-level region row (one id for the territory node and the grid),
 * and `regionCode` is that region's code. The `bbox` column (a generated `box(boundary)` with a GiST
 * index) is not mapped: only the spatial query reads it.
 */
@Entity({ name: 'grid' })
export class GridEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode!: string;

  @Column({ name: 'village_region_id', type: 'uuid' })
  villageRegionId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** PostgreSQL polygon text `((lng,lat),…)`. */
  @Column({ type: 'polygon' })
  boundary!: string;

  @Column({ type: 'int' })
  households!: number;

  @Column({ type: 'int' })
  residents!: number;

  @Column({ type: 'int' })
  places!: number;

  @Column({ type: 'int' })
  things!: number;

  @Column({ type: 'int' })
  organisations!: number;

  @Column({ name: 'leader_name', type: 'text', nullable: true })
  leaderName!: string | null;

  @Column({ name: 'leader_phone', type: 'text', nullable: true })
  leaderPhone!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
