/**
 * Rules for staff accounts created by an ADMIN (账号管理). Every problem of the form is reported at
 * once (`input.username`, `input.roles`, …); whether the region lies in the admin's jurisdiction and
 * whether the linked mediator / department exists are the resolver's checks (they need other data).
 *
 * Decisions:
 * - Usernames are case-insensitive: stored lower-case, `^[a-z0-9][a-z0-9._-]{1,63}$` (the table's CHECK).
 * - A MEDIATOR account must name its mediator record (bookings "own studio" and PII rules hang on it),
 *   a DEPARTMENT account its department, a PARTNER account its partner system code (e.g. `12345`).
 *   The links are refused on accounts without the matching role, so an identity never carries a
 *   stray mediatorId that would grant a mediator's rights.
 * - PARTNER is a system, not a person: it cannot be combined with staff roles.
 */
import { isUuid, ROLES, ValidationErrors, type Role } from '@zz/common';
import { validateNewPassword } from './passwords';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MAX_DISPLAY_NAME_LENGTH = 50;
export const PARTNER_PATTERN = /^[A-Za-z0-9_-]{2,32}$/;

export interface NewUserInput {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  regionId: string;
  mediatorId?: string | null;
  departmentId?: string | null;
  partner?: string | null;
}

export interface NormalisedNewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  regionId: string;
  mediatorId: string | null;
  departmentId: string | null;
  partner: string | null;
}

const length = (s: string) => [...s].length;

/** Validates a new account; throws one BAD_USER_INPUT listing every bad field. */
export function validateNewUser(input: NewUserInput): NormalisedNewUser {
  const errors = new ValidationErrors();

  const username = (input.username ?? '').trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) errors.add('input.username', '登录名须为 2–64 位小写字母、数字或 . _ -，且以字母或数字开头');

  const displayName = (input.displayName ?? '').trim();
  if (length(displayName) < 1) errors.add('input.displayName', '请填写显示名');
  else if (length(displayName) > MAX_DISPLAY_NAME_LENGTH) errors.add('input.displayName', `显示名不能超过 ${MAX_DISPLAY_NAME_LENGTH} 个字`);

  try {
    validateNewPassword(input.password ?? '', 'input.password');
  } catch (e) {
    errors.add('input.password', (e as Error).message);
  }

  const roles = [...new Set(input.roles ?? [])];
  const unknown = roles.filter((r) => !ROLES.includes(r as Role));
  if (roles.length === 0) errors.add('input.roles', '至少选择一个角色');
  else if (unknown.length) errors.add('input.roles', `未知角色：${unknown.join(', ')}`);
  else if (roles.includes('PARTNER') && roles.length > 1) errors.add('input.roles', '合作系统账号不能兼有工作人员角色');

  const regionId = (input.regionId ?? '').trim();
  if (!isUuid(regionId)) errors.add('input.regionId', '请选择所属区域');

  const mediatorId = input.mediatorId?.trim() || null;
  if (roles.includes('MEDIATOR')) {
    if (!mediatorId) errors.add('input.mediatorId', '调解员账号须关联调解员档案');
    else if (!isUuid(mediatorId)) errors.add('input.mediatorId', '调解员档案 ID 无效');
  } else if (mediatorId) {
    errors.add('input.mediatorId', '只有调解员账号可以关联调解员档案');
  }

  const departmentId = input.departmentId?.trim() || null;
  if (roles.includes('DEPARTMENT')) {
    if (!departmentId) errors.add('input.departmentId', '入驻部门账号须选择所属部门');
    else if (!isUuid(departmentId)) errors.add('input.departmentId', '部门 ID 无效');
  } else if (departmentId) {
    errors.add('input.departmentId', '只有入驻部门账号可以选择所属部门');
  }

  const partner = input.partner?.trim() || null;
  if (roles.includes('PARTNER')) {
    if (!partner) errors.add('input.partner', '合作系统账号须填写合作系统标识');
    else if (!PARTNER_PATTERN.test(partner)) errors.add('input.partner', '合作系统标识须为 2–32 位字母、数字、_ 或 -');
  } else if (partner) {
    errors.add('input.partner', '只有合作系统账号可以填写合作系统标识');
  }

  errors.throwIfAny();
  return { username, displayName, password: input.password, roles: roles as Role[], regionId, mediatorId, departmentId, partner };
}
