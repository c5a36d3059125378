/**
 * What the offline world accepts as a web identity token and as a SAML assertion. Nothing is signed here, so a token
 * is its claims: a JSON object (`{"iss":"https://token.actions.githubusercontent.com","aud":"sts.amazonaws.com",
 * "sub":"repo:org/app:ref:refs/heads/main"}`) or an unsigned JWT whose middle part is that JSON in base64url. A SAML
 * assertion is a JSON object with the assertion's facts (`iss`, `sub`, `sub_type`, `aud`, `attributes`...), plain or
 * base64-encoded as the real API expects. Both may come from a file (`file://token.json`).
 */
import type { SamlAssertion } from '../../iam/sts/saml';
import { base64DecodeText } from './encoding';

/** A token's claims as the engine takes them (objects dropped: they are not condition-key values). */
export type TokenClaims = Record<string, string | number | boolean | string[]>;

/** The decoded input, or why it could not be read. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

const SAML_ATTRIBUTE_PREFIX = 'https://aws.amazon.com/SAML/Attributes/';
const NAMEID_FORMAT_PREFIX = 'urn:oasis:names:tc:SAML:2.0:nameid-format:';

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the claims a condition can test: strings, numbers, booleans and lists of strings. */
function claimValues(raw: Record<string, unknown>): TokenClaims {
  const out = Object.create(null) as TokenClaims;
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[k] = v as string[];
  }
  return out;
}

/** Reads a web identity token: a JSON object of claims, or an unsigned JWT `header.payload.signature`. */
export function readWebIdentityToken(text: string): Decoded<TokenClaims> {
  const trimmed = text.trim();
  const direct = trimmed.startsWith('{') ? jsonObject(trimmed) : undefined;
  if (direct) return { ok: true, value: claimValues(direct) };
  const parts = trimmed.split('.');
  if (parts.length === 3 && parts.every((p, i) => i === 2 || /^[A-Za-z0-9_-]+=*$/.test(p))) {
    const payload = base64DecodeText(parts[1]);
    const claims = payload === undefined ? undefined : jsonObject(payload);
    if (claims) return { ok: true, value: claimValues(claims) };
  }
  return {
    ok: false,
    message:
      'The web identity token is neither a JSON object of claims nor a JWT (header.payload.signature) whose payload is one.',
  };
}

/** `urn:oasis:names:tc:SAML:2.0:nameid-format:persistent` → `persistent` (AWS strips the prefix). */
export function shortNameIdFormat(format: string): string {
  return format.startsWith(NAMEID_FORMAT_PREFIX) ? format.slice(NAMEID_FORMAT_PREFIX.length) : format;
}

/** A SAML assertion read from JSON, with the attributes AWS gives a meaning to pulled out. */
export interface ReadAssertion extends SamlAssertion {
  sourceIdentity?: string;
  /** When the assertion stops being valid (ISO 8601), from `notOnOrAfter`. */
  notOnOrAfter?: string;
}

/** Reads a SAML assertion: a JSON object, plain or base64-encoded. */
export function readSamlAssertion(text: string): Decoded<ReadAssertion> {
  const trimmed = text.trim();
  const decoded = trimmed.startsWith('{') ? trimmed : base64DecodeText(trimmed);
  const raw = decoded === undefined ? undefined : jsonObject(decoded.trim());
  if (!raw)
    return {
      ok: false,
      message: 'The SAML assertion is not a JSON object of assertion facts (plain or base64-encoded).',
    };
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : undefined);
  const attributes = Object.create(null) as Record<string, string | string[]>;
  const rawAttributes = raw.attributes;
  if (rawAttributes !== null && typeof rawAttributes === 'object' && !Array.isArray(rawAttributes)) {
    for (const [k, v] of Object.entries(rawAttributes as Record<string, unknown>)) {
      const name = k.startsWith(SAML_ATTRIBUTE_PREFIX) ? k.slice(SAML_ATTRIBUTE_PREFIX.length) : k;
      if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))
        attributes[name] = v as string | string[];
    }
  }
  const sub = str('sub');
  if (sub === undefined) return { ok: false, message: 'The SAML assertion has no subject ("sub", the NameID).' };
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sessionName = str('sessionName') ?? single(attributes.RoleSessionName);
  const sourceIdentity = single(attributes.SourceIdentity);
  delete attributes.RoleSessionName;
  delete attributes.SourceIdentity;
  const out: ReadAssertion = { sub, iss: str('iss') ?? '' };
  if (str('aud') !== undefined) out.aud = str('aud');
  if (str('sub_type') !== undefined) out.sub_type = shortNameIdFormat(str('sub_type')!);
  if (str('namequalifier') !== undefined) out.namequalifier = str('namequalifier');
  if (sessionName !== undefined) out.sessionName = sessionName;
  if (sourceIdentity !== undefined) out.sourceIdentity = sourceIdentity;
  if (str('notOnOrAfter') !== undefined) out.notOnOrAfter = str('notOnOrAfter');
  if (Object.keys(attributes).length) out.attributes = attributes;
  return { ok: true, value: out };
}
