/**
 * The console's access map against the server's policy (packages/common/src/access/policy.ts):
 * the map may hide, never show more, and whatever it hides is written down. Type-checked by the
 * root tsconfig (it reads server code), not the console's.
 */
import { ACCESS_POLICY } from '../../../packages/common/src/access/policy';
import { ACCESS, ALL_ROLES, type AccessEntry } from './access';

/** The roles the server lets call the field at all (conditional grants included: the record decides). */
function serverRoles(key: string): string[] {
  const rule = ACCESS_POLICY[key];
  if (rule.grants.some((g) => g.role === 'ANY')) return [...ALL_ROLES];
  const roles = new Set<string>(rule.grants.map((g) => g.role).filter((r) => r !== 'PUBLIC'));
  if (rule.admin !== false) roles.add('ADMIN');
  return ALL_ROLES.filter((r) => roles.has(r));
}

describe.each(Object.entries(ACCESS) as [string, AccessEntry][])('access map entry %s', (name, entry) => {
  it('names a row of the server policy', () => {
    expect(ACCESS_POLICY[entry.policy]).toBeDefined();
  });

  it('shows it to no role the server refuses', () => {
    const allowed = serverRoles(entry.policy);
    expect(entry.roles.filter((r) => !allowed.includes(r))).toEqual([]);
  });

  it('hides a role the server allows only on purpose (listed in hides)', () => {
    const shown = new Set<string>([...entry.roles, ...(entry.hides?.roles ?? [])]);
    expect(serverRoles(entry.policy).filter((r) => !shown.has(r))).toEqual([]);
    expect(entry.hides?.roles.filter((r) => entry.roles.includes(r)) ?? []).toEqual([]);
  });

  it(`${name}: every hidden role has a reason`, () => {
    if (entry.hides) expect(entry.hides.why).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the export button', () => {
  it('shows to exactly the roles the gateway lets export (gateway/src/export)', () => {
    const { EXPORT_ROLES } = jest.requireActual('../../../gateway/src/export/case-export') as { EXPORT_ROLES: readonly string[] };
    expect([...ACCESS.exportCases.roles].sort()).toEqual([...EXPORT_ROLES].sort());
  });
});
