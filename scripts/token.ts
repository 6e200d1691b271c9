/**
 * `npm run token -- --partner 12345 --region 441422001 [--days 30] [--account partner-12345]`
 *
 * Mints a PARTNER token for a partner system (12345 hotline, 110, a provincial platform …), for the
 * operator of the platform (it needs JWT_SECRET and the database, like the servers).
 *
 * The token belongs to a real account: the PARTNER account of that partner in personnel (the demo
 * county has `partner-12345`; others are created with personnel's `createUser` with roles [PARTNER]
 * and `partner`). The gateway checks every token against that account (personnel's token-status:
 * active, token version), so disabling the account or resetting its password (`disableUser`,
 * `resetPassword`) revokes every partner token minted for it, at once, connected sockets included.
 *
 * The token's jurisdiction is `--region` (a code at or below the account's own region): a partner may
 * be given a narrower view than its account, never a wider one. Expiry: `--days` (default 30, at most
 * 366). The token is printed alone on stdout (`TOKEN=$(npm run -s token -- …)`), details on stderr.
 */
import { Client } from 'pg';
import { loadConfig, serviceDatabaseUrl, signUserToken, type Role } from '@zz/common';

interface Args {
  partner: string;
  region: string;
  days: number;
  account: string | null;
}

function usage(problem: string): never {
  console.error(`${problem}\n\nusage: npm run token -- --partner <id, e.g. 12345> --region <region code> [--days N] [--account <username>]`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return null;
    const v = argv[i + 1];
    if (!v || v.startsWith('--')) usage(`--${name} needs a value`);
    return v;
  };
  const partner = get('partner');
  const region = get('region');
  if (!partner) usage('--partner is required');
  if (!region || !/^\d{6}(\d{3}){0,3}$/.test(region)) usage('--region must be a region code (6, 9, 12 or 15 digits)');
  const days = Number(get('days') ?? 30);
  if (!Number.isInteger(days) || days < 1 || days > 366) usage('--days must be a whole number of days between 1 and 366');
  return { partner, region, days, account: get('account') };
}

/** The database the servers use: DATABASE_URL (or the per-service URLs), else the embedded server `npm start` runs. */
function databaseUrls(): { personnel: string; grid: string } {
  const config = loadConfig();
  const fallback = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/zongzhi`;
  const url = (s: 'personnel' | 'grid') => {
    try {
      return serviceDatabaseUrl(config, s);
    } catch {
      return fallback;
    }
  };
  return { personnel: url('personnel'), grid: url('grid') };
}

async function query<T>(url: string, sql: string, params: unknown[]): Promise<T[]> {
  const c = new Client({ connectionString: url, application_name: 'zz-token' });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const urls = databaseUrls();

  const accounts = await query<{ id: string; username: string; roles: string[]; region_code: string; partner: string; active: boolean; token_version: number }>(
    urls.personnel,
    `SELECT id, username, roles, region_code, partner, active, token_version FROM personnel.app_user
      WHERE partner = $1 AND 'PARTNER' = ANY(roles) ${args.account ? 'AND username = $2' : ''} ORDER BY username`,
    args.account ? [args.partner, args.account] : [args.partner],
  );
  if (!accounts.length) {
    usage(`no active PARTNER account for partner "${args.partner}"${args.account ? ` with username ${args.account}` : ''}: an administrator creates one first ` +
      `(personnel createUser with roles [PARTNER] and partner "${args.partner}", e.g. username partner-${args.partner})`);
  }
  if (accounts.length > 1) usage(`several PARTNER accounts for partner "${args.partner}" (${accounts.map((a) => a.username).join(', ')}): choose one with --account`);
  const account = accounts[0];
  if (!account.active) usage(`the account ${account.username} is disabled: its tokens would be refused`);

  const [region] = await query<{ id: string; code: string; name: string; level: string }>(urls.grid, `SELECT id, code, name, level FROM grid.region WHERE code = $1`, [args.region]);
  if (!region) usage(`no region with code ${args.region}`);
  if (!region.code.startsWith(account.region_code)) {
    usage(`region ${region.code} (${region.name}) lies outside the jurisdiction of ${account.username} (${account.region_code}): a partner token can only narrow it`);
  }

  const ttlSeconds = args.days * 86_400;
  const token = await signUserToken({
    kind: 'user', userId: account.id, username: account.username, roles: ['PARTNER'] as Role[],
    regionId: region.id, regionCode: region.code, partner: account.partner, tokenVersion: account.token_version,
  }, config.jwtSecret, ttlSeconds);

  const expires = new Date(Date.now() + ttlSeconds * 1000).toISOString();
  console.error(`PARTNER token for ${account.username} (partner ${account.partner}), jurisdiction ${region.name} ${region.code} (${region.level}), expires ${expires}.`);
  console.error(`Revoke every token of this account: disableUser / resetPassword on ${account.username} (personnel).`);
  console.log(token);
}

main().catch((err) => {
  console.error(`token: ${(err as Error).message}`);
  process.exit(1);
});
