import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'building_head' })
export class BuildingHeadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'grid_id', type: 'uuid' })
  gridId!: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  building!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;
}
