import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A visit to a 重点人群 record (走访). As sensitive as the record: read only through its access rule. */
@Entity({ name: 'key_person_visit' })
export class KeyPersonVisitEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'key_person_id', type: 'uuid' })
  keyPersonId!: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode!: string;

  /** VisitKind enum name. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'visited_at', type: 'timestamptz' })
  visitedAt!: Date;

  @Column({ name: 'met_in_person', type: 'boolean' })
  metInPerson!: boolean;

  /** What was seen. */
  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'visitor_user_id', type: 'uuid', nullable: true })
  visitorUserId!: string | null;

  @Column({ name: 'visitor_name', type: 'text' })
  visitorName!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
