/**
 * The simulated identity provider: claims per provider (GitHub Actions `sub` forms as GitHub documents them, Google
 * ID token claims, AD FS Role attributes), refusals as codes, and that what it issues is read back by the terminal's
 * token and assertion readers exactly as STS would receive it.
 */
import { describe, expect, it } from 'vitest';
import {
  encodeUnsignedJwt,
  issueAdfsAssertion,
  issueGitHubToken,
  issueGoogleToken,
  type AdfsSignIn,
  type GitHubRun,
  type GoogleUser,
  type Issued,
} from '../../../shared/world/idp/issuer';
import { readSamlAssertion, readWebIdentityToken } from '../../../shared/terminal/aws/federated-input';
import { base64DecodeText } from '../../../shared/terminal/aws/encoding';
import cases from './issuer-cases.json';

type Case = { name: string; kind: 'github' | 'google' | 'adfs'; input: unknown; claims?: Record<string, unknown>; refused?: string };

function issue(c: Case): Issued {
  if (c.kind === 'github') return issueGitHubToken(c.input as GitHubRun);
  if (c.kind === 'google') return issueGoogleToken(c.input as GoogleUser);
  return issueAdfsAssertion(c.input as AdfsSignIn);
}

describe('issuer cases (issuer-cases.json)', () => {
  for (const c of cases as Case[]) {
    it(c.name, () => {
      const r = issue(c);
      if (c.refused) {
        expect(r).toMatchObject({ ok: false, code: c.refused });
        return;
      }
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.claims).toMatchObject(c.claims!);
      if (c.kind === 'adfs') {
        const back = readSamlAssertion(r.token);
        expect(back.ok).toBe(true);
        expect(JSON.parse(base64DecodeText(r.token)!)).toEqual(r.claims);
      } else {
        const back = readWebIdentityToken(r.token);
        expect(back).toEqual({ ok: true, value: r.claims });
      }
    });
  }
});

describe('the token shape', () => {
  it('is an unsigned JWT: base64url header with alg none, base64url claims, empty signature', () => {
    const t = encodeUnsignedJwt({ sub: 'a?b>' });
    const [h, p, s] = t.split('.');
    expect(s).toBe('');
    expect(h + p).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(base64DecodeText(h)!)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(JSON.parse(base64DecodeText(p)!)).toEqual({ sub: 'a?b>' });
  });
  it('the same input gives the same token (no clock, no randomness)', () => {
    const run = { repo: 'a/b', branch: 'main', now: '2025-01-01T09:00:00Z' };
    expect(issueGitHubToken(run)).toEqual(issueGitHubToken(run));
  });
});
