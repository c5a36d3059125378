/**
 * Size quotas and the IAM character set. IAM counts policy size without white space (IAM and AWS STS quotas page);
 * AWS Organizations counts every character of an SCP or RCP (SCP/RCP syntax pages).
 */
import type { ValidationContext } from '../context';
import type { SizeQuota, ValidationKind } from '../types';
import { IAM_STORED_KINDS } from '../kinds';

/** Quota name → maximum size, whether white space counts, and an adjustable default (trust policies: 2,048 up to 8,192). */
export const SIZE_QUOTAS: Readonly<
  Record<Exclude<SizeQuota, 'none'>, { max: number; countsWhitespace: boolean; defaultMax?: number }>
> = {
  managed: { max: 6144, countsWhitespace: false },
  'user-inline': { max: 2048, countsWhitespace: false },
  'role-inline': { max: 10240, countsWhitespace: false },
  'group-inline': { max: 5120, countsWhitespace: false },
  trust: { max: 8192, defaultMax: 2048, countsWhitespace: false },
  session: { max: 2048, countsWhitespace: false },
  scp: { max: 5120, countsWhitespace: true },
  rcp: { max: 5120, countsWhitespace: true },
};

const DEFAULT_QUOTA: Record<ValidationKind, SizeQuota> = {
  identity: 'managed',
  boundary: 'managed',
  trust: 'trust',
  session: 'session',
  scp: 'scp',
  rcp: 'rcp',
  resource: 'none',
};

/** Characters other than space, tab, CR and LF (what IAM counts). */
function nonWhitespaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) n++;
  }
  return n;
}

/** Report a policy larger than its quota. */
export function checkSize(ctx: ValidationContext, quota: SizeQuota = DEFAULT_QUOTA[ctx.kind]): void {
  if (quota === 'none') return;
  const q = SIZE_QUOTAS[quota];
  const size = q.countsWhitespace ? ctx.text.length : nonWhitespaceLength(ctx.text);
  if (size > q.max) ctx.report('policy.size-exceeded', '', { size, max: q.max, quota });
  else if (q.defaultMax !== undefined && size > q.defaultMax)
    ctx.report('policy.size-over-default-quota', '', { size, max: q.defaultMax, quota });
}

/** True for a character IAM stores: tab, LF, CR and U+0020–U+00FF (a leading byte-order mark is tolerated). */
function storable(c: number, i: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xff) || (i === 0 && c === 0xfeff);
}

/**
 * IAM stores policies made of tab, line feed, carriage return and U+0020–U+00FF only; report the first other character.
 * The scan runs over the checked text; the position is looked up in the text positions refer to only when one is found.
 */
export function checkCharacters(ctx: ValidationContext): void {
  if (!IAM_STORED_KINDS.has(ctx.kind)) return;
  const scanned = ctx.text;
  let bad = -1;
  for (let i = 0; i < scanned.length; i++) {
    if (!storable(scanned.charCodeAt(i), i)) {
      bad = i;
      break;
    }
  }
  if (bad < 0) return;
  const text = ctx.positionText();
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (storable(c, i)) continue;
    ctx.findings.push({
      code: 'policy.invalid-character',
      severity: 'error',
      path: '',
      line,
      column: i - lineStart + 1,
      data: { codePoint: `U+${c.toString(16).toUpperCase().padStart(4, '0')}` },
    });
    return;
  }
}
