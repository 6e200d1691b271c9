/**
 * 承办人员 (handlers) of a case: several mediators, each LEAD (主办) or ASSIST (协办), and for
 * five-way joint mediation (五方联调) the kind of mediation each handler — mediator or department —
 * brings: 诉调, 警调, 行政调解, 行业性专业性调解, 人民调解.
 *
 * Decisions:
 * - `mediators` replaces the deprecated `mediatorId` (which still means "this one mediator, as the
 *   lead"). Giving both is refused: it is not clear which list the caller meant.
 * - At most 5 mediators on one case (one per joint-mediation kind); a larger group is a
 *   consultation (1+5+N), not an assignment. No mediator twice.
 * - Exactly one LEAD among the mediators: the lead is the one who answers for the mediation (signs the
 *   outcome); with a single mediator and no role given, that one leads.
 * - Joint-mediation kinds only while the case is in joint mediation (resolutionMode JOINT): a kind on
 *   an instant or professional mediation means nothing and would mislead the statistics. They are
 *   not required even then: a center mediator coordinating the others has no kind of its own.
 *   Two handlers may share a kind (two people's mediators).
 * - Department kinds (`departmentKinds`) may only name a department of the same assignment.
 */
import { ValidationErrors, enumValues, isUuid } from '@zz/common';
import type { JointMediationKind as SdlJointMediationKind } from '../generated/resolvers-types';
import type { ResolutionMode } from './resolution-mode';

export const JOINT_MEDIATION_KINDS = enumValues<SdlJointMediationKind>()(['LITIGATION', 'POLICE', 'ADMINISTRATIVE', 'PROFESSIONAL', 'PEOPLES']);
export type JointMediationKind = (typeof JOINT_MEDIATION_KINDS)[number];

export const JOINT_MEDIATION_KIND_LABELS: Readonly<Record<JointMediationKind, string>> = {
  LITIGATION: '诉调',
  POLICE: '警调',
  ADMINISTRATIVE: '行政调解',
  PROFESSIONAL: '行业性专业性调解',
  PEOPLES: '人民调解',
};

export const MAX_MEDIATORS = 5;

export type HandlerRole = 'LEAD' | 'ASSIST';

export interface MediatorHandlerInput {
  mediatorId: string;
  role?: string | null;
  jointKind?: string | null;
}

export interface DepartmentKindInput {
  departmentId: string;
  jointKind: string;
}

export interface MediatorHandler {
  mediatorId: string;
  role: HandlerRole;
  jointKind: JointMediationKind | null;
  /** The input path naming this mediator, for later checks (unknown, outside the jurisdiction). */
  field: string;
}

export interface ValidHandlers {
  /** null: the case's mediators are not changed. Lead first. */
  mediators: MediatorHandler[] | null;
  /** Kind per department id (only departments of the same assignment). */
  departmentKinds: Record<string, JointMediationKind>;
  /** Input paths of the kinds given, to name the field when the case is not in joint mediation. */
  kindFields: string[];
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function kindOf(errors: ValidationErrors, value: unknown, field: string): JointMediationKind | null {
  if (blank(value)) return null;
  if ((JOINT_MEDIATION_KINDS as readonly unknown[]).includes(value)) return value as JointMediationKind;
  errors.add(field, `联调类别应为 ${JOINT_MEDIATION_KINDS.join('、')} 之一`);
  return null;
}

/**
 * The mediators and department kinds of an assignment (errors added to `errors`, which the caller
 * throws with the rest of the input's). `departmentIds` are the assignment's departments.
 */
export function validateHandlers(
  errors: ValidationErrors,
  input: { mediatorId?: string | null; mediators?: readonly MediatorHandlerInput[] | null; departmentKinds?: readonly DepartmentKindInput[] | null },
  departmentIds: readonly string[],
): ValidHandlers {
  const kindFields: string[] = [];
  let mediators: MediatorHandler[] | null = null;
  const list = input.mediators;
  if (list !== undefined && list !== null) {
    if (!blank(input.mediatorId)) errors.add('input.mediatorId', '已用 mediators 列出调解员，请不要再填 mediatorId');
    if (!Array.isArray(list) || list.length === 0) errors.add('input.mediators', '调解员列表不能为空');
    else {
      if (list.length > MAX_MEDIATORS) errors.add('input.mediators', `一件案件最多 ${MAX_MEDIATORS} 名调解员（现为 ${list.length} 名）`);
      const seen = new Set<string>();
      mediators = [];
      list.forEach((m, i) => {
        const field = `input.mediators.${i}.mediatorId`;
        const raw = typeof m?.mediatorId === 'string' ? m.mediatorId.trim() : '';
        const id = isUuid(raw) ? raw.toLowerCase() : null;
        if (!id) errors.add(field, '调解员编号无效');
        else if (seen.has(id)) errors.add(field, '调解员重复');
        let role: HandlerRole | null = null;
        if (m?.role === 'LEAD' || m?.role === 'ASSIST') role = m.role;
        else if (blank(m?.role)) role = list.length === 1 ? 'LEAD' : 'ASSIST';
        else errors.add(`input.mediators.${i}.role`, '角色应为 LEAD（主办）或 ASSIST（协办）');
        const jointKind = kindOf(errors, m?.jointKind, `input.mediators.${i}.jointKind`);
        if (jointKind) kindFields.push(`input.mediators.${i}.jointKind`);
        if (id && !seen.has(id) && role) mediators!.push({ mediatorId: id, role, jointKind, field });
        if (id) seen.add(id);
      });
      const leads = list.filter((m) => m?.role === 'LEAD').length + (list.length === 1 && blank(list[0]?.role) ? 1 : 0);
      if (leads !== 1) errors.add('input.mediators', leads === 0 ? '须指定一名主办（LEAD）调解员' : `只能有一名主办（LEAD）调解员（现为 ${leads} 名）`);
      mediators.sort((a, b) => (a.role === b.role ? 0 : a.role === 'LEAD' ? -1 : 1));
    }
  } else if (!blank(input.mediatorId)) {
    const raw = typeof input.mediatorId === 'string' ? input.mediatorId.trim() : '';
    if (isUuid(raw)) mediators = [{ mediatorId: raw.toLowerCase(), role: 'LEAD', jointKind: null, field: 'input.mediatorId' }];
    else errors.add('input.mediatorId', '调解员编号无效');
  }
  const departmentKinds: Record<string, JointMediationKind> = {};
  (input.departmentKinds ?? []).forEach((d, i) => {
    const raw = typeof d?.departmentId === 'string' ? d.departmentId.trim().toLowerCase() : '';
    const field = `input.departmentKinds.${i}`;
    if (!departmentIds.includes(raw)) errors.add(`${field}.departmentId`, '只能为本次交办的部门填写联调类别');
    else if (departmentKinds[raw]) errors.add(`${field}.departmentId`, '同一部门的联调类别重复');
    const kind = kindOf(errors, d?.jointKind, `${field}.jointKind`);
    if (kind) kindFields.push(`${field}.jointKind`);
    if (kind && departmentIds.includes(raw) && !departmentKinds[raw]) departmentKinds[raw] = kind;
  });
  return { mediators, departmentKinds, kindFields };
}

/** Kinds are only given while the case is in joint mediation (五方联调); the first kind field is named. */
export function checkKindsAllowed(errors: ValidationErrors, mode: ResolutionMode, v: ValidHandlers): void {
  if (mode === 'JOINT' || !v.kindFields.length) return;
  errors.add(v.kindFields[0], '只有联合调解（五方联调）的案件才填写联调类别，请先把化解方式调整为联合调解');
}
