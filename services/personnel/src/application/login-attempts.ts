/** `loginAttempts`: the login log as a SUPERVISOR or ADMIN may read it (domain/access.ts attemptReadScope). */
import { isIP } from 'node:net';
import { authorize, badInput, decodeKeyCursor, encodeKeyCursor, forbidden, pageSize, toConnection, ValidationErrors } from '@zz/common';
import type { PersonnelContext } from '../context';
import type { LoginAttemptFilter } from '../store/login-store';
import { loginLogFilter } from '../domain/access';
import { normaliseUsername } from '../domain/login';

export interface LoginAttemptArgs {
  filter?: { username?: string | null; success?: boolean | null; from?: Date | string | null; to?: Date | string | null; clientAddress?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

function parseFilter(f: NonNullable<LoginAttemptArgs['filter']>): LoginAttemptFilter {
  const errors = new ValidationErrors();
  const from = f.from ? new Date(f.from) : null;
  const to = f.to ? new Date(f.to) : null;
  if (from && to && from > to) errors.add('filter.to', '结束时间不能早于开始时间 (to is before from)');
  const address = f.clientAddress?.trim().toLowerCase() || null;
  if (address && !isIP(address)) errors.add('filter.clientAddress', '不是有效的 IP 地址 (not an IP address)');
  errors.throwIfAny();
  // The log holds usernames normalised as login does: match them the same way.
  return { username: f.username ? normaliseUsername(f.username) : null, success: f.success ?? null, from, to, clientAddress: address };
}

export async function loginAttempts(ctx: PersonnelContext, args: LoginAttemptArgs) {
  authorize(ctx.identity, 'Query.loginAttempts');
  const read = loginLogFilter(ctx.identity, ctx.scope);
  if (!read) throw forbidden('账号没有辖区，不能查看登录记录 (the account has no jurisdiction)');
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  const filter = parseFilter(args.filter ?? {});
  const after = decodeKeyCursor(args.after);
  if (after && (after.length !== 1 || typeof after[0] !== 'string' || !/^\d{1,19}$/.test(after[0]))) throw badInput('无效的分页游标 (invalid cursor)', 'after');
  const rows = await ctx.logins.page(read, filter, limit, after ? (after[0] as string) : null);
  return toConnection(rows, limit, (a) => encodeKeyCursor([a.id]), () => ctx.logins.count(read, filter));
}
