/**
 * The client's address as the gateway sees it, forwarded to subgraphs in CLIENT_ADDRESS_HEADER (set on
 * every fetch, so a value a client sends itself never reaches a subgraph). Personnel throttles failed
 * logins per address with it and writes it into the login log.
 *
 * By default it is the TCP peer. X-Forwarded-For is believed only for as many hops as TRUST_PROXY says
 * proxies of ours stand in front of the gateway: each of them appends the address it saw, so the entry
 * `hops` places from the right is the one our outermost proxy received the request from; everything
 * further left was written by the client and proves nothing.
 */
import { isIP } from 'node:net';

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) → `10.0.0.1`; lower-case IPv6. */
export function normaliseAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) return mapped[1];
  return isIP(a) ? a : null;
}

export function clientAddress(peer: string | null | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string | null {
  let address = normaliseAddress(peer);
  if (trustedHops <= 0 || forwardedFor === undefined) return address;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((s) => s.trim()).filter(Boolean);
  // Walk leftwards through the hops we trust; stop at the first entry that is not an address.
  for (let i = 1; i <= trustedHops; i++) {
    const candidate = normaliseAddress(chain[chain.length - i]);
    if (!candidate) break;
    address = candidate;
  }
  return address;
}
