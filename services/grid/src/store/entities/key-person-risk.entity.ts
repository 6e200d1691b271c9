import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A risk warning matched with a key person (domain/key-person-risk.ts): as sensitive as the record. */
@Entity({ name: 'key_person_risk' })
export class KeyPersonRiskEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'key_person_id', type: 'uuid' })
  keyPersonId!: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode!: string;

  @Column({ name: 'risk_warning_id', type: 'uuid' })
  riskWarningId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'case_code', type: 'text' })
  caseCode!: string;

  /** RiskRule enum name (supervision's). */
  @Column({ type: 'text' })
  rule!: string;

  /** The rule's Chinese name, as supervision gave it. */
  @Column({ name: 'rule_name', type: 'text' })
  ruleName!: string;

  /** The warning's reason (supervision's rules never quote a party's identifiers in it). */
  @Column({ type: 'text' })
  reason!: string;

  /** The warning's level. */
  @Column({ type: 'text' })
  level!: string;

  @Column({ name: 'tier_before', type: 'text' })
  tierBefore!: string;

  @Column({ name: 'tier_after', type: 'text' })
  tierAfter!: string;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;
}
