import { type PiiCaseFacts, type PiiViewer, canSeePartyPii, maskIdNumber, maskPhone, presentParty } from './masking';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    [' 13812345678 ', '138****5678'],
    ['0755-12345678', '0755-****5678'],
    ['075512345678', '0755****5678'],
    ['010-12345678', '010-****5678'],
    ['01012345678', '010****5678'],
    ['02112345678', '021****5678'],
    ['0931-1234567', '0931-***4567'],
    ['12345', '*2345'],
    ['123', '***'],
    ['', ''],
  ])('%p → %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('passes null and undefined through as null', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['44142219800101123X', '441422********123X'],
    ['441422198001011234', '441422********1234'],
    ['441422800101123', '441422*****1123'],
    ['1234567890', '**********'],
  ])('%p → %p', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('passes null through', () => {
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('canSeePartyPii', () => {
  const facts: PiiCaseFacts = { assignedMediatorUserIds: ['u-mediator'], leadDepartmentIds: ['d-lead'], inJurisdiction: true };
  const viewer = (roles: string[], userId = 'u-1', departmentId: string | null = null): PiiViewer => ({ roles, userId, departmentId });

  it.each([
    ['ADMIN', true],
    ['OPERATOR', true],
    ['DISPATCHER', true],
    ['SUPERVISOR', true],
    ['LEADER', true],
    ['MEDIATOR', false],
    ['GRID_WORKER', false],
    ['DEPARTMENT', false],
    ['PARTNER', false],
  ])('%s (not assigned, not lead) → %s', (role, allowed) => {
    expect(canSeePartyPii(viewer([role], 'u-1', 'd-other'), facts)).toBe(allowed);
  });

  it('the assigned mediator sees full numbers', () => {
    expect(canSeePartyPii(viewer(['MEDIATOR'], 'u-mediator'), facts)).toBe(true);
  });

  it('the lead department sees full numbers, an assisting one does not', () => {
    expect(canSeePartyPii(viewer(['DEPARTMENT'], 'u-2', 'd-lead'), facts)).toBe(true);
    expect(canSeePartyPii(viewer(['DEPARTMENT'], 'u-2', 'd-assist'), facts)).toBe(false);
    expect(canSeePartyPii(viewer(['DEPARTMENT'], 'u-2', null), facts)).toBe(false);
  });

  it('a department id alone grants nothing without the DEPARTMENT role', () => {
    expect(canSeePartyPii(viewer(['GRID_WORKER'], 'u-2', 'd-lead'), facts)).toBe(false);
  });

  it('the assigned mediator is also recognised by its Mediator record id', () => {
    const byRecord = { ...facts, assignedMediatorIds: ['m-1'] };
    expect(canSeePartyPii({ roles: ['MEDIATOR'], userId: 'u-9', mediatorId: 'm-1' }, byRecord)).toBe(true);
    expect(canSeePartyPii({ roles: ['MEDIATOR'], userId: 'u-9', mediatorId: 'm-2' }, byRecord)).toBe(false);
    expect(canSeePartyPii({ roles: ['PARTNER'], userId: 'u-9', mediatorId: 'm-1' }, byRecord)).toBe(false);
    expect(canSeePartyPii({ roles: ['MEDIATOR'], userId: 'u-9', mediatorId: null }, byRecord)).toBe(false);
  });

  it('a mediator user id alone grants nothing without the MEDIATOR role', () => {
    expect(canSeePartyPii(viewer(['PARTNER'], 'u-mediator'), facts)).toBe(false);
  });

  it('any granting role is enough', () => {
    expect(canSeePartyPii(viewer(['GRID_WORKER', 'OPERATOR']), facts)).toBe(true);
  });

  it('nobody sees full numbers of a case outside their jurisdiction', () => {
    const outside = { ...facts, inJurisdiction: false };
    expect(canSeePartyPii(viewer(['ADMIN']), outside)).toBe(false);
    expect(canSeePartyPii(viewer(['MEDIATOR'], 'u-mediator'), outside)).toBe(false);
  });

  it('no roles, no numbers', () => {
    expect(canSeePartyPii(viewer([]), facts)).toBe(false);
  });
});

describe('presentParty', () => {
  const party = { name: '张三', role: 'APPLICANT', phone: '13812345678', idNumber: '441422198001011234' };

  it('returns the party unchanged when allowed', () => {
    expect(presentParty(party, true)).toBe(party);
  });

  it('masks phone and ID number otherwise, leaving the rest and the original intact', () => {
    expect(presentParty(party, false)).toEqual({ name: '张三', role: 'APPLICANT', phone: '138****5678', idNumber: '441422********1234' });
    expect(party.phone).toBe('13812345678');
    expect(presentParty({ ...party, phone: null, idNumber: null }, false)).toMatchObject({ phone: null, idNumber: null });
  });
});
