/**
 * IpAddress / NotIpAddress with IPv4 and IPv6 addresses and CIDR ranges
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress).
 */
import type { OperatorSpec, ScalarValue } from './types';

/** Parses an IPv4 or IPv6 address into bytes (4 or 16), or undefined. */
export function parseIp(text: string): Uint8Array | undefined {
  const t = text.trim();
  if (t.includes(':')) return parseIpv6(t);
  return parseIpv4(t);
}

function parseIpv4(t: string): Uint8Array | undefined {
  const parts = t.split('.');
  if (parts.length !== 4) return undefined;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!/^\d{1,3}$/.test(parts[i])) return undefined;
    const n = Number(parts[i]);
    if (n > 255) return undefined;
    out[i] = n;
  }
  return out;
}

function parseIpv6(t: string): Uint8Array | undefined {
  let head = t;
  let tail4: Uint8Array | undefined;
  const lastColon = t.lastIndexOf(':');
  if (t.slice(lastColon + 1).includes('.')) {
    tail4 = parseIpv4(t.slice(lastColon + 1));
    if (!tail4) return undefined;
    head = t.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = head.indexOf('::');
  if (dbl >= 0 && head.indexOf('::', dbl + 1) >= 0) return undefined;
  const left = dbl >= 0 ? head.slice(0, dbl) : head;
  const right = dbl >= 0 ? head.slice(dbl + 2) : '';
  const l = left === '' ? [] : left.split(':');
  const r = right === '' ? [] : right.split(':');
  const missing = 8 - l.length - r.length;
  if ((dbl < 0 && missing !== 0) || (dbl >= 0 && missing < 1)) return undefined;
  const groups = [...l, ...Array(dbl >= 0 ? missing : 0).fill('0'), ...r];
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(groups[i])) return undefined;
    const n = parseInt(groups[i], 16);
    out[i * 2] = n >> 8;
    out[i * 2 + 1] = n & 255;
  }
  if (tail4) out.set(tail4, 12);
  return out;
}

/** A parsed CIDR range. */
export interface Cidr {
  bytes: Uint8Array;
  bits: number;
}

/** Parses `10.0.0.0/8`, `2001:db8::/32`, or a bare address (a /32 or /128). */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const bytes = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!bytes) return undefined;
  const max = bytes.length * 8;
  if (slash < 0) return { bytes, bits: max };
  const b = text.slice(slash + 1).trim();
  if (!/^\d{1,3}$/.test(b) || Number(b) > max) return undefined;
  return { bytes, bits: Number(b) };
}

/** True when the address lies in the range (same address family only). */
export function cidrContains(range: Cidr, addr: Uint8Array): boolean {
  if (range.bytes.length !== addr.length) return false;
  let bits = range.bits;
  for (let i = 0; i < addr.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((range.bytes[i] & mask) !== (addr[i] & mask)) return false;
  }
  return true;
}

const cidrCache = new Map<string, Cidr | null>();

function inRange(p: string, c: ScalarValue): boolean {
  let range = cidrCache.get(p);
  if (range === undefined) {
    range = parseCidr(p) ?? null;
    if (cidrCache.size > 10_000) cidrCache.clear();
    cidrCache.set(p, range);
  }
  if (range === null) return false;
  const addr = parseIp(String(c));
  return addr !== undefined && cidrContains(range, addr);
}

/** IpAddress and NotIpAddress. */
export const IP_OPERATORS: readonly OperatorSpec[] = [
  { name: 'IpAddress', negated: false, variables: false, test: inRange },
  { name: 'NotIpAddress', negated: true, variables: false, test: inRange },
];
