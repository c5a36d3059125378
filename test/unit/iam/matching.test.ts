import { describe, expect, it } from 'vitest';
import { callerOf } from '../../../shared/iam/context/caller';
import { actionMatches } from '../../../shared/iam/match/action';
import { arnLike, parseArn } from '../../../shared/iam/match/arn';
import { matchPrincipal, notPrincipalExcludes } from '../../../shared/iam/match/principal';
import { resourceMatches } from '../../../shared/iam/match/resource';
import type { PrincipalEntry } from '../../../shared/iam/policy/types';
import data from './cases/matching.json';

type Row = [string, string, boolean];

describe('action matching', () => {
  for (const [p, v, want] of data.actions as Row[]) it(`${p} ~ ${v}`, () => expect(actionMatches(p, v)).toBe(want));
});
describe('resource matching', () => {
  for (const [p, v, want] of data.resources as Row[]) it(`${p} ~ ${v}`, () => expect(resourceMatches(p, v)).toBe(want));
});
describe('ArnLike', () => {
  for (const [p, v, want] of data.arnLike as Row[]) it(`${p} ~ ${v}`, () => expect(arnLike(p, v)).toBe(want));
  it('parses ARNs', () => {
    expect(parseArn('arn:aws:iam::111111111111:role/a/b')).toEqual({
      partition: 'aws',
      service: 'iam',
      region: '',
      account: '111111111111',
      resource: 'role/a/b',
    });
    expect(parseArn('nope')).toBeUndefined();
  });
});

const A = '111111111111';
const aws = (...values: string[]): PrincipalEntry[] => values.map((value) => ({ block: 'AWS', value }));
describe('principal matching (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html)', () => {
  const user = callerOf({ kind: 'user', account: A, arn: `arn:aws:iam::${A}:user/alice` }, false);
  const session = callerOf(
    { kind: 'role-session', account: A, roleArn: `arn:aws:iam::${A}:role/team/app`, sessionName: 's1' },
    false,
  );
  const fed = callerOf(
    { kind: 'federated-user', account: A, name: 'bob', callerUserArn: `arn:aws:iam::${A}:user/bob` },
    false,
  );
  const svc = callerOf({ kind: 'service', account: A, service: 'ec2.amazonaws.com' }, false);
  const anon = callerOf({ kind: 'anonymous' }, false);
  it('account id and root ARN are the same account grant', () => {
    expect(matchPrincipal(aws(A), user)?.kind).toBe('account');
    expect(matchPrincipal(aws(`arn:aws:iam::${A}:root`), session)?.kind).toBe('account');
    expect(matchPrincipal(aws('222222222222'), user)).toBeUndefined();
  });
  it('user, role, session, federated ARNs', () => {
    expect(matchPrincipal(aws(`arn:aws:iam::${A}:user/alice`), user)?.kind).toBe('user');
    expect(matchPrincipal(aws(`arn:aws:iam::${A}:role/team/app`), session)?.kind).toBe('role');
    expect(session.arn).toBe(`arn:aws:sts::${A}:assumed-role/app/s1`);
    expect(matchPrincipal(aws(`arn:aws:sts::${A}:assumed-role/app/s1`), session)?.kind).toBe('role-session');
    expect(matchPrincipal(aws(`arn:aws:sts::${A}:assumed-role/app/other`), session)).toBeUndefined();
    expect(matchPrincipal(aws(`arn:aws:sts::${A}:federated-user/bob`), fed)?.kind).toBe('federated-user');
    expect(matchPrincipal(aws(`arn:aws:iam::${A}:user/bob`), fed)?.kind).toBe('federated-caller-user');
  });
  it('the strongest match wins', () => {
    expect(
      matchPrincipal(aws(A, `arn:aws:iam::${A}:role/team/app`, `arn:aws:sts::${A}:assumed-role/app/s1`), session)?.kind,
    ).toBe('role-session');
  });
  it('"*", Service, CanonicalUser', () => {
    expect(matchPrincipal([{ block: '*', value: '*' }], anon)?.kind).toBe('everyone');
    expect(matchPrincipal(aws('*'), user)?.kind).toBe('everyone');
    expect(matchPrincipal([{ block: 'Service', value: 'ec2.amazonaws.com' }], svc)?.kind).toBe('service');
    expect(matchPrincipal([{ block: 'Service', value: 'ec2.amazonaws.com' }], user)).toBeUndefined();
    expect(matchPrincipal([{ block: 'CanonicalUser', value: 'abc' }], user)).toBeUndefined();
  });
  it('NotPrincipal excludes only when account and identity are listed (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html)', () => {
    expect(notPrincipalExcludes(aws(`arn:aws:iam::${A}:user/alice`, A), user)).toBe(true);
    expect(notPrincipalExcludes(aws(`arn:aws:iam::${A}:user/alice`), user)).toBe(false);
    expect(
      notPrincipalExcludes(
        aws(`arn:aws:sts::${A}:assumed-role/app/s1`, `arn:aws:iam::${A}:role/team/app`, `arn:aws:iam::${A}:root`),
        session,
      ),
    ).toBe(true);
    expect(notPrincipalExcludes(aws(`arn:aws:iam::${A}:role/team/app`, `arn:aws:iam::${A}:root`), session)).toBe(false);
  });
});
