/** Syntax checks for condition values: dates, IP addresses and CIDR ranges, numbers, booleans, ARNs, base64. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Days in a month of the proleptic Gregorian calendar (February has 29 in leap years). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date AWS's Date operators accept: ISO 8601 (date or date-time) or epoch seconds. */
export function isValidDate(v: string | number | boolean): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  if (/^-?\d+$/.test(v)) return true;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 60)))
    return false;
  return true;
}

function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(s: string): boolean {
  if (s.length > 45 || s.length < 2) return false;
  let groups = s;
  let extra = 0;
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.') && lastColon >= 0) {
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    groups = `${s.slice(0, lastColon + 1)}0`;
    extra = 1;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const hex = /^[0-9a-fA-F]{1,4}$/;
  const count = (h: string) => (h === '' ? 0 : h.split(':').length);
  const ok = (h: string) => h === '' || h.split(':').every((g) => hex.test(g));
  if (!halves.every(ok)) return false;
  const n = halves.reduce((acc, h) => acc + count(h), 0) + extra;
  return halves.length === 2 ? n <= 7 : n === 8;
}

/** An IPv4 or IPv6 address with an optional CIDR prefix length, as IpAddress/NotIpAddress take. */
export function isValidIpOrCidr(v: string | number | boolean): boolean {
  if (typeof v !== 'string') return false;
  const slash = v.indexOf('/');
  const addr = slash < 0 ? v : v.slice(0, slash);
  const bits = slash < 0 ? undefined : v.slice(slash + 1);
  const v4 = isIPv4(addr);
  const v6 = !v4 && isIPv6(addr);
  if (!v4 && !v6) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (v4 ? 32 : 128);
}

/** A number for the Numeric operators: a JSON number or a decimal string. */
export function isValidNumber(v: string | number | boolean): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v);
}

/** `true`/`false` (JSON booleans or strings, any case) for Bool and Null. */
export function isValidBool(v: string | number | boolean): boolean {
  return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v));
}

/** A value for the Arn operators: an ARN (wildcards allowed) or a policy variable. */
export function isValidArnValue(v: string | number | boolean): boolean {
  if (typeof v !== 'string') return false;
  if (v === '*' || v.startsWith('${')) return true;
  if (!v.startsWith('arn:')) return false;
  return v.split(':').length >= 6 || v.includes('*');
}

/** Base64 text for BinaryEquals. */
export function isValidBase64(v: string | number | boolean): boolean {
  return typeof v === 'string' && v.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
}

/** True when the text holds a policy variable such as `${aws:username}`. */
export function hasPolicyVariable(s: string): boolean {
  return /\$\{[^}]+\}/.test(s);
}
