import { describe, expect, it } from '@jest/globals';
import { EMPTY_STATE, parseState, toCaseFilter, toSearchParams, withFilter, type CaseListState } from './url-state';

const state = (s: Partial<CaseListState>): CaseListState => ({ ...EMPTY_STATE, ...s });

describe('case list URL', () => {
  it('round-trips every filter field and the page', () => {
    const s = state({
      regionId: 'r-1', status: ['ASSIGNED', 'IN_MEDIATION'], type: ['LABOUR_WAGES'], channel: ['HOTLINE_12345', 'WINDOW'], level: 'TOWN',
      overdue: true, from: '2026-01-01', to: '2026-01-31', search: '欠薪 工地', mine: false, page: 3, after: 'abc', size: 50,
    });
    const url = toSearchParams(s).toString();
    expect(parseState(new URLSearchParams(url))).toEqual(s);
    expect(url).toContain('status=ASSIGNED%2CIN_MEDIATION');
  });

  it('an empty state is an empty query string', () => {
    expect(toSearchParams(EMPTY_STATE).toString()).toBe('');
    expect(parseState(new URLSearchParams(''))).toEqual(EMPTY_STATE);
  });

  it('drops what it does not know instead of failing on a pasted URL', () => {
    const s = parseState(new URLSearchParams('status=ASSIGNED,BOGUS,ASSIGNED&level=PROVINCE&overdue=maybe&from=2026-13-45&size=7&page=x'));
    expect(s).toEqual(state({ status: ['ASSIGNED'] }));
  });

  it('a page number without its cursor falls back to page 1', () => {
    expect(parseState(new URLSearchParams('page=4'))).toMatchObject({ page: 1, after: null });
  });

  it('keeps overdue=false apart from "any"', () => {
    expect(parseState(new URLSearchParams('overdue=0')).overdue).toBe(false);
    expect(toCaseFilter(state({ overdue: false }))).toEqual({ overdue: false });
  });
});

describe('toCaseFilter', () => {
  it('sends only the fields set', () => {
    expect(toCaseFilter(EMPTY_STATE)).toEqual({});
    expect(toCaseFilter(state({ search: '退费', type: ['CONSUMER'] }))).toEqual({ search: '退费', type: ['CONSUMER'] });
  });

  it('turns Beijing calendar days into a UTC range, the end day included', () => {
    expect(toCaseFilter(state({ from: '2026-01-01', to: '2026-01-31' }))).toEqual({
      receivedFrom: '2025-12-31T16:00:00.000Z',
      receivedTo: '2026-01-31T16:00:00.000Z',
    });
  });

  it('a filter change goes back to page 1 and keeps the page size', () => {
    expect(withFilter(state({ page: 5, after: 'c', size: 50 }), { search: 'x' })).toMatchObject({ page: 1, after: null, size: 50, search: 'x' });
  });

  it('a leader sees the cases they lead unless they chose all (领导包案); others are never narrowed to a leader', () => {
    const leader = { id: 'u-leader', leader: true };
    expect(toCaseFilter(EMPTY_STATE, leader)).toEqual({ leaderId: 'u-leader' });
    expect(toCaseFilter(state({ mine: false }), leader)).toEqual({});
    expect(toCaseFilter(state({ mine: true }), { id: 'u-op', leader: false })).toEqual({});
    expect(toCaseFilter(EMPTY_STATE)).toEqual({});
    expect(parseState(new URLSearchParams('mine=0')).mine).toBe(false);
    expect(toSearchParams(state({ mine: true })).toString()).toBe('mine=1');
  });
});
