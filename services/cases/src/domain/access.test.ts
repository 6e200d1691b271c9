import { Scope, type Identity } from '@zz/common';
import { caseFacts, inJurisdiction, listPrefix, maySeePartyPii, referenceVisible } from './access';

const user = (over: Partial<Identity> = {}): Identity => ({
  kind: 'user', userId: 'u1', username: 'u', roles: ['OPERATOR'], regionId: 'r', regionCode: '441422100', ...over,
});
const town = Scope.of(user());

describe('jurisdiction', () => {
  it('holds for the caller’s region and below, everything for platform jobs, nothing for the anonymous', () => {
    expect(inJurisdiction(town, '441422100001')).toBe(true);
    expect(inJurisdiction(town, '441422101001')).toBe(false);
    expect(inJurisdiction(town, '441422')).toBe(false);
    expect(inJurisdiction(Scope.everything(), '441423')).toBe(true);
    expect(inJurisdiction(Scope.of(user({ kind: 'anonymous', regionCode: null })), '441422100001')).toBe(false);
  });

  it('shows reference data of the chain upward too', () => {
    expect(referenceVisible(user(), '441422')).toBe(true);
    expect(referenceVisible(user(), '441422100001')).toBe(true);
    expect(referenceVisible(user(), '441422101')).toBe(false);
  });

  it('lists the overlap of the jurisdiction and the region asked for', () => {
    expect(listPrefix(town, null)).toBe('441422100');
    expect(listPrefix(town, '441422100001')).toBe('441422100001');
    expect(listPrefix(town, '441422')).toBe('441422100');
    expect(listPrefix(town, '441422101')).toBeNull();
    expect(listPrefix(Scope.everything(), null)).toBe('');
    expect(listPrefix(Scope.of(user({ regionCode: null })), null)).toBeNull();
    expect(listPrefix(Scope.everything(), '441423')).toBe('441423');
  });

  it('states the conditional grants of one case', () => {
    const mediator = user({ roles: ['MEDIATOR'], mediatorId: 'm1' });
    expect(caseFacts(mediator, { mediatorId: 'm1', leadDepartmentId: null, receivedBy: null })).toEqual({ ASSIGNED_MEDIATOR: true, LEAD_DEPARTMENT: false, OWN_RECORD: false });
    expect(caseFacts(user(), { mediatorId: null, leadDepartmentId: null, receivedBy: 'u1' }).OWN_RECORD).toBe(true);
  });

  it('shows parties’ numbers in full only inside the jurisdiction, to the roles that need them', () => {
    const c = { regionCode: '441422100001', mediatorId: 'm1', leadDepartmentId: null };
    expect(maySeePartyPii(user(), town, c)).toBe(true);
    expect(maySeePartyPii(user(), town, { ...c, regionCode: '441422101001' })).toBe(false);
    expect(maySeePartyPii(user({ roles: ['GRID_WORKER'] }), town, c)).toBe(false);
    expect(maySeePartyPii(user({ roles: ['MEDIATOR'], mediatorId: 'm1' }), town, c)).toBe(true);
    expect(maySeePartyPii({ ...user(), kind: 'service' }, Scope.everything(), c)).toBe(true);
  });
});
