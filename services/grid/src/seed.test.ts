import { DEMO_CASE_COUNT, generateCases, generateWorld } from '@zz/demo-world';
import { groupDisputeApplicants } from './seed';

describe('the demo key persons who are applicants of group disputes', () => {
  const world = generateWorld();
  const seeds = generateCases(world, { count: DEMO_CASE_COUNT, now: new Date('2026-12-07T02:00:00Z') });
  const renamed = groupDisputeApplicants(world, seeds);
  const region = new Map(world.regions.map((r) => [r.id, r]));
  const grid = new Map(world.grids.map((g) => [g.regionId, g]));

  it('names up to three, each after an applicant of a group case (≥ 10 applicants, not rejected) in their own place', () => {
    expect(renamed.size).toBeGreaterThanOrEqual(1);
    expect(renamed.size).toBeLessThanOrEqual(3);
    for (const [id, name] of renamed) {
      const person = world.keyPersons.find((k) => k.id === id)!;
      const village = grid.get(person.gridRegionId)!.villageRegionId;
      const group = seeds.find((s) => s.targetStatus !== 'REJECTED' && s.parties.filter((x) => x.role === 'APPLICANT').length >= 10
        && s.parties.some((x) => x.role === 'APPLICANT' && x.name === name)
        && (s.regionId === village || s.regionId === person.gridRegionId));
      expect(group).toBeDefined();
      expect(region.get(group!.regionId)!.level).not.toBe('TOWN');
    }
  });

  it('does not depend on the seeding time (the parties of a case are the same whenever it is seeded)', () => {
    const later = groupDisputeApplicants(world, generateCases(world, { count: DEMO_CASE_COUNT, now: new Date('2027-03-01T02:00:00Z') }));
    expect([...later]).toEqual([...renamed]);
  });
});
