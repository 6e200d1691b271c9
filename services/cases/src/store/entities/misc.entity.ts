import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last unified-code sequence handed out per county and day (see CaseStore.allocateCodeSequence). */
@Entity({ name: 'case_code_counter' })
export class CaseCodeCounterEntity {
  @PrimaryColumn({ name: 'county_code', type: 'text' }) countyCode!: string;
  @PrimaryColumn({ type: 'text' }) day!: string;
  @Column({ name: 'last_seq', type: 'int' }) lastSeq!: number;
}

/** A case merged into another (both keep their own ledgers). */
@Entity({ name: 'case_merge' })
export class CaseMergeEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'source_case_id', type: 'uuid' }) sourceCaseId!: string;
  @Column({ name: 'target_case_id', type: 'uuid' }) targetCaseId!: string;
  @Column({ name: 'merged_at', type: 'timestamptz' }) mergedAt!: Date;
  @Column({ name: 'merged_by', type: 'uuid', nullable: true }) mergedBy!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
}

/** A possible duplicate flagged at intake: `caseId` (the new case) may be the same dispute as `otherCaseId`. */
@Entity({ name: 'possible_duplicate' })
export class PossibleDuplicateEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @PrimaryColumn({ name: 'other_case_id', type: 'uuid' }) otherCaseId!: string;
  @Column({ type: 'text', array: true }) reasons!: string[];
  @Column({ name: 'days_apart', type: 'int' }) daysApart!: number;
  @Column({ name: 'detected_at', type: 'timestamptz' }) detectedAt!: Date;
}
