import { Scope, type Identity, type Role } from '@zz/common';
import {
  canCompletePatrol, canDispatchPatrol, canReadKeyPersons, canSeeReporterPhone, inJurisdiction, jurisdictionPrefix, keyPersonReadFilter, maskPhone,
  listPrefix, regionListBounds, regionVisible,
} from './access';

const GRID = '441422100001001';
const OTHER_GRID = '441422100001002';
const who = (roles: Role[], regionCode: string, kind: Identity['kind'] = 'user'): Identity =>
  ({ kind, userId: 'u', username: 'x', roles, regionId: 'r', regionCode });

describe('key-person read rule', () => {
  it.each<[string, Role[], string, boolean]>([
    ['the grid\'s own grid worker', ['GRID_WORKER'], GRID, true],
    ['a grid worker of another grid', ['GRID_WORKER'], OTHER_GRID, false],
    ['a grid worker stationed at the village', ['GRID_WORKER'], '441422100001', false],
    ['the county supervisor/leader', ['SUPERVISOR', 'LEADER'], '441422', true],
    ['a town leader above', ['LEADER'], '441422100', true],
    ['a village supervisor above', ['SUPERVISOR'], '441422100001', true],
    ['a leader of another town', ['LEADER'], '441422101', false],
    ['a town operator', ['OPERATOR'], '441422100', false],
    ['a village operator', ['OPERATOR'], '441422100001', false],
    ['the county dispatcher', ['DISPATCHER'], '441422', false],
    ['the admin', ['ADMIN'], '441422', false],
    ['a mediator', ['MEDIATOR'], '441422', false],
    ['a department', ['DEPARTMENT'], '441422', false],
    ['a partner system', ['PARTNER'], '441422', false],
  ])('%s → %s', (_, roles, code, allowed) => {
    expect(canReadKeyPersons(who(roles, code), GRID)).toBe(allowed);
  });

  it('refuses platform jobs and anonymous callers', () => {
    expect(canReadKeyPersons(who(['ADMIN'], '', 'service'), GRID)).toBe(false);
    expect(canReadKeyPersons({ kind: 'anonymous', userId: null, username: null, roles: [], regionId: null, regionCode: null }, GRID)).toBe(false);
  });

  it('gives the same answer as a list filter', () => {
    expect(keyPersonReadFilter(who(['GRID_WORKER'], GRID))).toEqual({ ownGrid: GRID, below: null });
    expect(keyPersonReadFilter(who(['GRID_WORKER'], '441422100001'))).toBeNull();
    expect(keyPersonReadFilter(who(['LEADER'], '441422'))).toEqual({ ownGrid: null, below: '441422' });
    expect(keyPersonReadFilter(who(['OPERATOR', 'DISPATCHER', 'ADMIN'], '441422'))).toBeNull();
  });
});

describe('patrol rules', () => {
  it('a center above the grid dispatches; the grid itself and peers do not', () => {
    expect(canDispatchPatrol(who(['DISPATCHER'], '441422'), GRID)).toBe(true);
    expect(canDispatchPatrol(who(['LEADER'], '441422100'), GRID)).toBe(true);
    expect(canDispatchPatrol(who(['ADMIN'], '441422'), GRID)).toBe(true);
    expect(canDispatchPatrol(who(['DISPATCHER'], GRID), GRID)).toBe(false);
    expect(canDispatchPatrol(who(['OPERATOR'], '441422'), GRID)).toBe(false);
    expect(canDispatchPatrol(who(['DISPATCHER'], '441422101'), GRID)).toBe(false);
  });

  it('only a grid worker of that grid completes', () => {
    expect(canCompletePatrol(who(['GRID_WORKER'], GRID), GRID)).toBe(true);
    expect(canCompletePatrol(who(['GRID_WORKER'], OTHER_GRID), GRID)).toBe(false);
    expect(canCompletePatrol(who(['DISPATCHER'], '441422'), GRID)).toBe(false);
    expect(canCompletePatrol(who(['ADMIN'], '441422'), GRID)).toBe(false);
  });
});

describe('reporter phone', () => {
  it('is masked for those who do not handle reports', () => {
    expect(canSeeReporterPhone(who(['GRID_WORKER'], GRID))).toBe(true);
    expect(canSeeReporterPhone(who(['MEDIATOR'], '441422'))).toBe(false);
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('jurisdiction', () => {
  const town = Scope.of(who(['OPERATOR'], '441422100'));
  const job = Scope.of(who(['ADMIN'], '', 'service'));
  const nobody = Scope.of({ kind: 'anonymous', roles: [] } as unknown as Identity);

  it('holds the records of the subtree, and the regions of the chain upward too', () => {
    expect(inJurisdiction(town, GRID)).toBe(true);
    expect(inJurisdiction(town, '441422')).toBe(false);
    expect(regionVisible(town, '441422')).toBe(true);
    expect(regionVisible(town, '441422101')).toBe(false);
    expect(inJurisdiction(job, '441422101')).toBe(true);
    expect(inJurisdiction(nobody, GRID)).toBe(false);
  });

  it('gives lists a code prefix, narrowed (never widened) by a requested region', () => {
    expect(jurisdictionPrefix(town)).toBe('441422100');
    expect(jurisdictionPrefix(job)).toBe('');
    expect(jurisdictionPrefix(nobody)).toBeNull();
    expect(listPrefix(town, null)).toBe('441422100');
    expect(listPrefix(town, '441422100001')).toBe('441422100001');
    expect(listPrefix(town, '441422')).toBe('441422100');
    expect(listPrefix(town, '441422101')).toBeNull();
    expect(listPrefix(job, '441422101')).toBe('441422101');
    expect(listPrefix(nobody, '441422101')).toBeNull();
  });

  it('bounds region lists by the subtree and the chain above', () => {
    expect(regionListBounds(town)).toEqual({ below: '441422100', chainOf: '441422100' });
    expect(regionListBounds(job)).toBe('all');
    expect(regionListBounds(nobody)).toBe('none');
  });
});
