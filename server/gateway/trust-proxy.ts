// TRUST_PROXY: which peers are TLS-terminating proxies, whose X-Forwarded-Proto/-For/-Host the
// gateway believes (the https they report makes cookies Secure and turns HSTS on).
//
// Fastify 5 takes a bare hop count for the client address only: for the protocol and host it
// "fails closed" (a count cannot tell a proxy from a client), so behind a proxy configured with
// TRUST_PROXY=1 the gateway never saw https. A hop count is therefore handed to Fastify as the
// function it stands for: the nearest N peers are proxies. That is only safe when nothing but
// the proxy can reach the gateway, which README says; a list of the proxies' addresses is not
// spoofable and is what README recommends.
import { isIP } from 'node:net';

export type TrustProxy = boolean | number | string[];
type FastifyTrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

/** The named ranges Fastify's address matcher knows. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 99;

/** An address, an address/prefix, or a named range, as Fastify can compile it; else false. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const slash = entry.indexOf('/');
  const address = slash < 0 ? entry : entry.slice(0, slash);
  // Zone ids ("fe80::1%eth0") are addresses Node knows but the matcher does not.
  const family = /^[0-9A-Fa-f.:]+$/.test(address) ? isIP(address) : 0;
  if (family === 0) return false;
  if (slash < 0) return true;
  const prefix = entry.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  return bits >= 1 && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY's value: `true`, `false`, a hop count (0-99; 0 trusts nobody), or a comma list of
 * proxy addresses, CIDRs and the names loopback, linklocal, uniquelocal. Null when it is none.
 */
export function parseTrustProxy(value: string): TrustProxy | null {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) return null;
    return hops === 0 ? false : hops;
  }
  const list = value.split(',').map((s) => s.trim());
  return list.every(isProxyAddress) ? list : null;
}

/** The trustProxy option that makes Fastify honour `value` for the protocol, host and address. */
export function fastifyTrustProxy(value: TrustProxy): FastifyTrustProxy {
  if (typeof value !== 'number') return value;
  return (_address, hop) => hop < value;
}
