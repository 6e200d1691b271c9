import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '@zz/common';

/** Levels that have a center; grids have none. */
export type CenterLevel = Exclude<RegionLevel, 'GRID'>;

/** 综治中心 / 综治服务站: one per county, town and village region. */
@Entity({ name: 'center' })
export class CenterEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) level!: CenterLevel;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
}
