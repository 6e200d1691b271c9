import type { Identity } from '@zz/common';
import { CachingDirectory, type CenterInfo, type Directory, type RegionInfo } from './directory';

const user = (regionCode: string): Identity => ({ kind: 'user', userId: 'u', username: 'u', roles: ['OPERATOR'], regionId: 'r', regionCode });

/** A directory answering from fixed data, counting what it was asked and with which identity. */
function fake() {
  const regions: Record<string, RegionInfo> = {
    village: { id: 'village', code: '441422100001', level: 'VILLAGE' },
    other: { id: 'other', code: '441422200001', level: 'VILLAGE' },
  };
  const asked: string[] = [];
  const inner: Directory = {
    async region(id, identity) { asked.push(`region:${id}:${identity.kind}`); return regions[id] ?? null; },
    async regionExists(id) { return !!regions[id]; },
    async centerFor(code, level, identity): Promise<CenterInfo | null> {
      asked.push(`center:${code}:${level}:${identity.kind}`);
      return level === 'TOWN' ? { id: `c-${code.slice(0, 9)}`, level, regionCode: code.slice(0, 9) } : null;
    },
    async center() { return null; },
    async departmentsByIds(ids) { return ids.map(() => null); },
    async mediator() { return null; },
    async user() { return null; },
    async regionByCode() { return null; },
  };
  return { inner, regions, asked };
}

describe('CachingDirectory', () => {
  it('asks once per TTL with the service identity, and shows each caller only what the owner would', async () => {
    const { inner, asked } = fake();
    let now = 0;
    const d = new CachingDirectory(inner, 60_000, () => now);
    const townA = user('441422100');
    expect(await d.region('village', townA)).toMatchObject({ code: '441422100001' });
    expect(await d.region('village', user('441422'))).toMatchObject({ code: '441422100001' }); // the county sees below
    expect(await d.region('village', user('441422100001005'))).toMatchObject({ code: '441422100001' }); // a grid sees its chain upward
    expect(await d.region('other', townA)).toBeNull(); // another town's village: not this caller's
    expect(await d.regionExists('other')).toBe(true);
    expect(asked).toEqual(['region:village:service', 'region:other:service']);

    now = 60_000; // expired: asked again
    await d.region('village', townA);
    expect(asked.filter((a) => a === 'region:village:service')).toHaveLength(2);
  });

  it('does not keep misses: a region created a moment ago is found', async () => {
    const { inner, regions, asked } = fake();
    const d = new CachingDirectory(inner, 60_000, () => 0);
    expect(await d.region('new', user('441422'))).toBeNull();
    regions.new = { id: 'new', code: '441422300001', level: 'VILLAGE' };
    expect(await d.region('new', user('441422'))).toMatchObject({ id: 'new' });
    expect(asked).toEqual(['region:new:service', 'region:new:service']);
  });

  it('caches centers per region code and level, filtered by the center\'s own region', async () => {
    const { inner, asked } = fake();
    const d = new CachingDirectory(inner, 60_000, () => 0);
    expect(await d.centerFor('441422100001', 'TOWN', user('441422100001'))).toMatchObject({ id: 'c-441422100' });
    expect(await d.centerFor('441422100001', 'TOWN', user('441422100'))).toMatchObject({ id: 'c-441422100' });
    expect(await d.centerFor('441422100001', 'TOWN', user('441422200'))).toBeNull();
    expect(asked).toEqual(['center:441422100001:TOWN:service']);
  });
});
