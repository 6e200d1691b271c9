import { ancestorCodes, REGION_CODE, regionById, selfAndAncestorCodes } from './region-codes';
import { SERVICE_IDENTITY, type InternalClient } from './internal-client';

describe('region codes', () => {
  it('derive the county and the chain above a code from its digits', () => {
    expect(ancestorCodes('441422100001')).toEqual(['441422', '441422100']);
    expect(ancestorCodes('441422')).toEqual([]);
    expect(selfAndAncestorCodes('441422100')).toEqual(['441422', '441422100']);
    expect(selfAndAncestorCodes('441422100001002')).toEqual(['441422', '441422100', '441422100001', '441422100001002']);
  });

  it('accept codes of 6, 9, 12 or 15 digits only', () => {
    for (const ok of ['441422', '441422100', '441422100001', '441422100001002']) expect(REGION_CODE.test(ok)).toBe(true);
    for (const bad of ['', '44142', '4414221', '441422100001002003', '44142a']) expect(REGION_CODE.test(bad)).toBe(false);
  });

  it('ask grid for a region as the given identity', async () => {
    const calls: unknown[] = [];
    const client: InternalClient = {
      async call<T>(service: string, _query: string, variables: Record<string, unknown>) {
        calls.push([service, variables]);
        return { region: variables.id === 'r1' ? { id: 'r1', code: '441422', level: 'COUNTY' } : null } as T;
      },
    };
    await expect(regionById(client, 'r1', SERVICE_IDENTITY('t'))).resolves.toEqual({ id: 'r1', code: '441422', level: 'COUNTY' });
    await expect(regionById(client, 'r2', SERVICE_IDENTITY('t'))).resolves.toBeNull();
    expect(calls).toEqual([['grid', { id: 'r1' }], ['grid', { id: 'r2' }]]);
  });
});
