import { DomainError } from '@zz/common';
import { type MatchCandidate, recommendMediators } from './matching';
import { proposeTeam, validateTeamSize } from './team';

const candidate = (over: Partial<MatchCandidate> & { id: string }): MatchCandidate => ({
  name: `调解员${over.id}`, kind: 'MEDIATOR', specialties: [], languages: ['普通话'], goldTeam: false, brand: null,
  available: true, centerRegionCode: '150121001', activeCaseCount: 2, ...over,
});
const wages = { id: 'case-1', type: 'LABOUR_WAGES' as const, complexity: 'COMPLEX' as const, regionCode: '150121001001', partyLanguages: [] };
const teamOf = (cands: MatchCandidate[], size = 2) => proposeTeam(recommendMediators(wages, cands, { first: 100 }), cands, size);

describe('proposeTeam', () => {
  it('leads with the best-ranked and adds the assistant who brings a specialty the lead lacks', () => {
    const cands = [
      candidate({ id: 'a', specialties: ['LABOUR_WAGES', 'CONSTRUCTION_PAYMENT'] }),
      candidate({ id: 'b', specialties: ['LABOUR_WAGES', 'CONSTRUCTION_PAYMENT'], activeCaseCount: 1 }),
      candidate({ id: 'c', specialties: ['LABOUR_WAGES', 'DEBT'], activeCaseCount: 3 }),
    ];
    const t = teamOf(cands);
    expect(t.lead?.mediatorId).toBe('b');
    expect(t.lead?.role).toBe('LEAD');
    // a scores higher than c on load, but adds nothing the lead does not already cover.
    expect(t.assistants.map((m) => [m.mediatorId, m.role])).toEqual([['c', 'ASSIST']]);
    expect(t.assistants[0].reasons[0]).toBe('补充擅长：债务纠纷');
    expect(t.specialties.sort()).toEqual(['CONSTRUCTION_PAYMENT', 'DEBT', 'LABOUR_WAGES']);
  });

  it('leaves out mediators at their load capacity, counting assisted cases like led ones', () => {
    const cands = [
      candidate({ id: 'busy', specialties: ['LABOUR_WAGES'], goldTeam: true, activeCaseCount: 8 }),
      candidate({ id: 'x', specialties: ['LABOUR_WAGES'] }),
      candidate({ id: 'y', specialties: [] }),
    ];
    const t = teamOf(cands, 3);
    expect([t.lead?.mediatorId, ...t.assistants.map((m) => m.mediatorId)]).toEqual(['x', 'y']);
    expect(t.reasons.join('；')).toContain('1 名调解员在办案件已达上限');
    expect(t.reasons.join('；')).toContain('可组队的调解员只有 2 名');
  });

  it('returns no lead when nobody is free', () => {
    expect(teamOf([candidate({ id: 'z', activeCaseCount: 9 })]).lead).toBeNull();
  });
});

describe('validateTeamSize', () => {
  it('defaults to two and accepts 2–5', () => {
    expect(validateTeamSize(undefined)).toBe(2);
    expect(validateTeamSize(5)).toBe(5);
  });
  it('names the size field otherwise', () => {
    for (const bad of [1, 6, 2.5]) {
      try {
        validateTeamSize(bad);
        throw new Error('expected a DomainError');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('BAD_USER_INPUT');
      }
    }
  });
});
