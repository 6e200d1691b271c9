import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 部门: global reference data (not scoped by region). */
@Entity({ name: 'department' })
export class DepartmentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: string;
}
