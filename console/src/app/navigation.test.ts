import { describe, expect, it } from '@jest/globals';
import { loginUrl, safeNext } from './navigation';

describe('safeNext', () => {
  it.each([
    ['/cases?status=ASSIGNED', '/cases?status=ASSIGNED'], [null, '/'], ['', '/'], ['https://evil.example/x', '/'],
    ['//evil.example', '/'], ['/\\evil.example', '/'], ['/login?next=/cases', '/'], ['cases', '/'],
  ])('%s → %s', (next, expected) => expect(safeNext(next)).toBe(expected));
});

describe('loginUrl', () => {
  it('keeps the page asked for, bookmarks included', () => {
    expect(loginUrl('/cases?type=LAND&page=2&after=xyz', 'expired')).toBe('/login?next=%2Fcases%3Ftype%3DLAND%26page%3D2%26after%3Dxyz&reason=expired');
  });
  it('says nothing more for the home page', () => {
    expect(loginUrl('/')).toBe('/login');
  });
  it('after a logout the next person starts from the home page', () => {
    expect(loginUrl('/cases?type=LAND', 'logout')).toBe('/login?reason=logout');
  });
});
