import { NON_PERSONAL_V4, PUBLIC_RESOLVERS } from './data.js';

/** A public IPv4 address that can point at one connection (documentation ranges included). */
export function personalV4(ip: string): boolean {
  const o = ip.split('.').map(Number);
  return !PUBLIC_RESOLVERS.has(ip) && !NON_PERSONAL_V4.some((test) => test(o));
}

/** A well-formed IPv6 address that is not loopback, link-local or unique-local. */
// Source: RFC 4291 (text form, at most one "::"), RFC 4193 (fc00::/7), RFC 4291 2.5.6 (fe80::/10).
export function personalV6(ip: string): boolean {
  const halves = ip.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  if (halves.length === 2 ? groups.length > 7 || groups.length < 2 : groups.length !== 8) return false;
  const first = parseInt(groups[0] ?? '0', 16);
  if (halves.length === 2 && halves[0] === '') return false;
  return (first & 0xfe00) !== 0xfc00 && (first & 0xffc0) !== 0xfe80;
}
