import { clientAddress, normaliseAddress } from './client-address';

describe('client address', () => {
  it('is the TCP peer unless proxies are trusted', () => {
    expect(clientAddress('10.1.2.3', '1.1.1.1', 0)).toBe('10.1.2.3');
    expect(clientAddress('::ffff:10.1.2.3', undefined, 0)).toBe('10.1.2.3');
    expect(clientAddress('::1', undefined, 1)).toBe('::1');
  });

  it('with TRUST_PROXY=1 takes the address our proxy appended, not what the client wrote', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', 1)).toBe('203.0.113.9');
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real address.
    expect(clientAddress('10.0.0.5', '6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', ['6.6.6.6', '203.0.113.9'], 1)).toBe('203.0.113.9');
  });

  it('with two trusted hops goes one further left; garbage or a missing entry stops the walk', () => {
    expect(clientAddress('10.0.0.5', '6.6.6.6, 203.0.113.9, 10.0.0.4', 2)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', 'evil, 10.0.0.4', 2)).toBe('10.0.0.4');
    expect(clientAddress('10.0.0.5', '', 1)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', 'not-an-ip', 1)).toBe('10.0.0.5');
  });

  it('normalises IPv4-mapped and upper-case IPv6, and refuses what is not an address', () => {
    expect(normaliseAddress('2001:DB8::1')).toBe('2001:db8::1');
    expect(normaliseAddress('1.2.3.4:80')).toBeNull();
    expect(normaliseAddress("1.2.3.4'; DROP TABLE x")).toBeNull();
    expect(normaliseAddress(undefined)).toBeNull();
  });
});
