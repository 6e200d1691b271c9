/**
 * Joint consultation (会商, "1+5+N"): the center convenes the departments a case needs (court,
 * procuratorate, police, justice, petition, plus N related units), and the meeting's output is
 * recorded: who is responsible for what (责任分工) and the resolution plan (化解方案).
 *
 * Decisions:
 * - A consultation is for a case being worked on: ACCEPTED, ASSIGNED or IN_MEDIATION. Not before
 *   acceptance (nobody owns it yet) and not after it is settled; CONFLICT otherwise.
 * - At least two departments (a joint meeting of one is an assignment), at most 30, no repeats.
 * - A consultation gets one decision; recording a second is CONFLICT (a new meeting is a new
 *   consultation, so both stay on record).
 * - Opening one does not change the case status: it is a step of the work, recorded in the ledger.
 * - "1+5": the five political-legal kinds (法院, 检察院, 公安, 司法, 信访) must each be among the
 *   convened departments, else BAD_USER_INPUT on `input.departmentIds` naming what is missing
 *   (缺少：检察院、信访局). A county that runs another list configures it in the county policy
 *   document: `consultation.requiredKinds` for every county, `counties[code].consultation.requiredKinds`
 *   for one (what a county writes replaces the top level; an empty list requires nothing). The
 *   "N" is free: any further departments the case needs.
 */
import { ValidationErrors, badInput, conflict, countySections, isUuid, underPath, type CountyPolicyDocument } from '@zz/common';
import { CASE_STATUS_LABELS, type CaseStatus } from './case-status';
import { requiredText } from './intake';

export const CONSULTATION_LIMITS = {
  topic: { min: 2, max: 200 },
  departments: { min: 2, max: 30 },
  decisionText: { min: 2, max: 5000 },
  attendees: { max: 100 },
  attendeeName: { min: 2, max: 50 },
  attendeeTitle: { min: 1, max: 50 },
} as const;

const CONSULTABLE: ReadonlySet<CaseStatus> = new Set(['ACCEPTED', 'ASSIGNED', 'IN_MEDIATION']);

export interface ConsultationInput {
  topic: string;
  departmentIds: readonly string[];
}

export interface DecisionInput {
  responsibilitySplit: string;
  plan: string;
}

export interface AttendeeInput {
  departmentId: string;
  name: string;
  title?: string | null;
}


/** Trimmed topic and lower-cased department ids; BAD_USER_INPUT naming `input.topic` / `input.departmentIds.N`. */
export function validateConsultation(input: ConsultationInput): { topic: string; departmentIds: string[] } {
  const errors = new ValidationErrors();
  const topic = requiredText(errors, input.topic, 'input.topic', '会商议题', CONSULTATION_LIMITS.topic);
  const ids: string[] = [];
  const list = Array.isArray(input.departmentIds) ? input.departmentIds : [];
  const { min, max } = CONSULTATION_LIMITS.departments;
  if (list.length < min || list.length > max) {
    errors.add('input.departmentIds', `联合会商需要 ${min}–${max} 个参会部门（现为 ${list.length} 个）`);
  }
  list.forEach((id, i) => {
    const v = typeof id === 'string' ? id.trim().toLowerCase() : '';
    if (!isUuid(v)) errors.add(`input.departmentIds.${i}`, '部门编号无效');
    else if (ids.includes(v)) errors.add(`input.departmentIds.${i}`, '参会部门重复');
    else ids.push(v);
  });
  errors.throwIfAny();
  return { topic: topic!, departmentIds: ids };
}

export function validateDecision(input: DecisionInput): DecisionInput {
  const errors = new ValidationErrors();
  const responsibilitySplit = requiredText(errors, input.responsibilitySplit, 'input.responsibilitySplit', '责任分工', CONSULTATION_LIMITS.decisionText);
  const plan = requiredText(errors, input.plan, 'input.plan', '化解方案', CONSULTATION_LIMITS.decisionText);
  errors.throwIfAny();
  return { responsibilitySplit: responsibilitySplit!, plan: plan! };
}

/**
 * Who attended, recorded with the decision. Each must belong to one of the convened departments
 * (`departmentIds`, lower-cased); names are staff in their official role, 2–50 characters; the same
 * person twice in one department is a repeat. BAD_USER_INPUT naming `input.attendees.N.<field>`;
 * messages never repeat the name.
 */
export function validateAttendees(list: readonly AttendeeInput[] | null | undefined, departmentIds: readonly string[]): { departmentId: string; name: string; title: string | null }[] {
  const errors = new ValidationErrors();
  const input = Array.isArray(list) ? list : [];
  const out: { departmentId: string; name: string; title: string | null }[] = [];
  if (input.length > CONSULTATION_LIMITS.attendees.max) errors.add('input.attendees', `参会人员至多 ${CONSULTATION_LIMITS.attendees.max} 人`);
  input.forEach((a, i) => {
    const at = `input.attendees.${i}`;
    const departmentId = typeof a?.departmentId === 'string' ? a.departmentId.trim().toLowerCase() : '';
    if (!departmentIds.includes(departmentId)) errors.add(`${at}.departmentId`, '参会人员须来自本次会商的参会部门');
    const name = requiredText(errors, a?.name, `${at}.name`, '参会人员姓名', CONSULTATION_LIMITS.attendeeName);
    const rawTitle = typeof a?.title === 'string' ? a.title.trim() : '';
    if (rawTitle.length > CONSULTATION_LIMITS.attendeeTitle.max) errors.add(`${at}.title`, `职务至多 ${CONSULTATION_LIMITS.attendeeTitle.max} 个字`);
    if (name && out.some((o) => o.departmentId === departmentId && o.name === name)) errors.add(`${at}.name`, '同一部门的参会人员重复');
    else if (name) out.push({ departmentId, name, title: rawTitle || null });
  });
  errors.throwIfAny();
  return out;
}

export function canConsult(status: CaseStatus): boolean {
  return CONSULTABLE.has(status);
}

/** CONFLICT unless a consultation may be opened on a case in this status. */
export function assertCanConsult(status: CaseStatus): void {
  if (!canConsult(status)) {
    throw conflict(
      `案件当前状态为「${CASE_STATUS_LABELS[status] ?? status}」(${status})，不能召开联合会商；仅已受理、已交办、调解中的案件可以会商 / ` +
        `Cannot open a consultation on a case in status ${status}`,
    );
  }
}

/** CONFLICT when the consultation already has its decision. */
export function assertUndecided(decidedAt: Date | null): void {
  if (decidedAt) throw conflict('该会商已记录决定，如需再议请另行召开会商 / The consultation already has a decision');
}

/** DepartmentKind values (shared.graphql) with the names the centers use for them, for messages. */
export const DEPARTMENT_KIND_LABELS: Readonly<Record<string, string>> = {
  COURT: '法院', PROCURATORATE: '检察院', POLICE: '公安局', JUSTICE: '司法局', PETITION: '信访局',
  HUMAN_RESOURCES: '人社局', HOUSING: '住建局', CIVIL_AFFAIRS: '民政局', HEALTH: '卫健局', WOMEN_FEDERATION: '妇联',
  MARKET_REGULATION: '市场监管局', TRANSPORT: '交通运输局', LAW_SOCIETY: '律师协会', OTHER: '其他单位',
};

/** The "5" of 1+5+N when the county configures nothing. */
export const DEFAULT_REQUIRED_KINDS: readonly string[] = Object.freeze(['COURT', 'PROCURATORATE', 'POLICE', 'JUSTICE', 'PETITION']);

export interface ConsultationPolicy {
  /** The kinds every consultation must convene, unless the case's county has its own list. */
  readonly requiredKinds: readonly string[];
  /** By 6-digit county code. */
  readonly counties: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_CONSULTATION_POLICY: ConsultationPolicy = Object.freeze({ requiredKinds: DEFAULT_REQUIRED_KINDS, counties: Object.freeze({}) });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A `consultation` section: `{ "requiredKinds": ["COURT", …] }`; errors name `consultation.requiredKinds[.N]`. */
export function parseConsultationSection(raw: unknown): readonly string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) throw badInput('会商配置必须是对象', 'consultation');
  const unknown = Object.keys(raw).find((k) => k !== 'requiredKinds');
  if (unknown) throw badInput(`未知的会商配置项 ${unknown}`, `consultation.${unknown}`);
  const kinds = raw.requiredKinds;
  if (kinds === undefined) return undefined;
  if (!Array.isArray(kinds)) throw badInput('requiredKinds 必须是部门类别列表', 'consultation.requiredKinds');
  kinds.forEach((k, i) => {
    if (typeof k !== 'string' || !(k in DEPARTMENT_KIND_LABELS)) throw badInput(`未知的部门类别 ${String(k)}`, `consultation.requiredKinds.${i}`);
    if (kinds.indexOf(k) !== i) throw badInput(`部门类别 ${k} 重复`, `consultation.requiredKinds.${i}`);
  });
  return Object.freeze([...kinds] as string[]);
}

/** The consultation rules of a county policy document; a bad one is BAD_USER_INPUT at start, naming its path. */
export function parseConsultationPolicy(doc: CountyPolicyDocument | null): ConsultationPolicy {
  if (!doc) return DEFAULT_CONSULTATION_POLICY;
  const top = underPath('countyPolicy.consultation', 'consultation', () => parseConsultationSection(doc.consultation));
  const counties: Record<string, readonly string[]> = {};
  for (const { code, section, path } of countySections(doc)) {
    const own = underPath(`${path}.consultation`, 'consultation', () => parseConsultationSection(section.consultation));
    if (own) counties[code] = own;
  }
  return Object.freeze({ requiredKinds: top ?? DEFAULT_REQUIRED_KINDS, counties: Object.freeze(counties) });
}

/** The kinds a consultation on a case of this region must convene (its county's list, else the top level). */
export function requiredKindsFor(policy: ConsultationPolicy, regionCode: string): readonly string[] {
  return policy.counties[regionCode.slice(0, 6)] ?? policy.requiredKinds;
}

/** The required kinds none of the convened departments has, in the order of `required`. */
export function missingKinds(required: readonly string[], convened: readonly (string | null | undefined)[]): string[] {
  const have = new Set(convened.filter(Boolean));
  return required.filter((k) => !have.has(k));
}

/** BAD_USER_INPUT on `input.departmentIds` naming the missing kinds in Chinese (缺少：检察院、信访局). */
export function assertRequiredKinds(required: readonly string[], convened: readonly (string | null | undefined)[]): void {
  const missing = missingKinds(required, convened);
  if (!missing.length) return;
  const names = (ks: readonly string[]) => ks.map((k) => DEPARTMENT_KIND_LABELS[k] ?? k).join('、');
  throw badInput(`联合会商须有${names(required)}参加；缺少：${names(missing)}`, 'input.departmentIds');
}
