/**
 * `sts assume-role-with-web-identity`, `assume-role-with-saml` and `get-federation-token` in the aws-style
 * interpreter, run through the terminal session against the federation and welcome samples. Response shapes follow
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html and
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runTerminalLine } from '../../../shared/terminal/session';
import { MemoryFs } from '../../../shared/terminal/vfs';
import { base64Encode, sha1, utf8Bytes } from '../../../shared/terminal/aws/encoding';
import { readSamlAssertion, readWebIdentityToken } from '../../../shared/terminal/aws/federated-input';
import { federationWorld, welcomeWorld } from '../../../shared/world/samples';
import type { World } from '../../../shared/world/types';

const ACCT = '333333333333';
const ROLE = `arn:aws:iam::${ACCT}:role/GitHubDeploy`;
const OIDC = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;
const SAML_ROLE = `arn:aws:iam::${ACCT}:role/SAMLDevelopers`;
const SAML_IDP = `arn:aws:iam::${ACCT}:saml-provider/ExampleIdP`;
const ALICE = 'arn:aws:iam::111122223333:user/alice';

const GOOD_CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  sub: 'repo:example-org/website:ref:refs/heads/main',
};

let fs: MemoryFs;
let world: World;
let out = '';
let err = '';

/** Runs a line; a changed world becomes the next line's world. */
async function run(line: string): Promise<number> {
  out = '';
  err = '';
  const outcome = await runTerminalLine(line, {
    fs,
    world,
    sink: (stream, text) => (stream === 'stdout' ? (out += text) : (err += text)),
  });
  if (outcome.world) world = outcome.world;
  return outcome.exitCode;
}

const json = () => JSON.parse(out.slice(0, out.lastIndexOf('}') + 1));
const jwt = (claims: object) =>
  `${base64Encode(utf8Bytes('{"alg":"RS256"}'))}.${base64Encode(utf8Bytes(JSON.stringify(claims)))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}.c2ln`;

beforeEach(() => {
  fs = new MemoryFs();
  world = federationWorld();
});

describe('sts assume-role-with-web-identity', () => {
  it('a GitHub Actions token from a file is admitted by the trust policy and records a session', async () => {
    fs.write('/token.json', JSON.stringify(GOOD_CLAIMS));
    const code = await run(
      `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name deploy-1 --web-identity-token file://token.json`,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = json();
    expect(Object.keys(r)).toEqual([
      'Credentials',
      'SubjectFromWebIdentityToken',
      'AssumedRoleUser',
      'Provider',
      'Audience',
    ]);
    expect(r.Credentials.AccessKeyId).toMatch(/^ASIA/);
    expect(r.Credentials.Expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(r.SubjectFromWebIdentityToken).toBe(GOOD_CLAIMS.sub);
    expect(r.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/GitHubDeploy/deploy-1`);
    expect(r.AssumedRoleUser.AssumedRoleId).toMatch(/^AROA.*:deploy-1$/);
    expect(r.Provider).toBe(OIDC);
    expect(r.Audience).toBe('sts.amazonaws.com');
    const session = world.sessions[r.AssumedRoleUser.Arn];
    expect(session).toMatchObject({ kind: 'web-identity', providerArn: OIDC, roleArn: ROLE });
  });

  it('accepts an unsigned JWT inline, and the session can then be used with --as', async () => {
    expect(
      await run(
        `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name s2 --web-identity-token ${jwt(GOOD_CLAIMS)}`,
      ),
    ).toBe(0);
    const arn = json().AssumedRoleUser.Arn;
    expect(await run(`sts get-caller-identity --as ${arn}`)).toBe(0);
    expect(json().Arn).toBe(arn);
  });

  it('a token from another branch is refused by the trust policy: AccessDenied, exit 1, world unchanged', async () => {
    const before = JSON.stringify(world);
    const token = JSON.stringify({ ...GOOD_CLAIMS, sub: 'repo:example-org/website:ref:refs/heads/dev' });
    expect(
      await run(
        `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name x --web-identity-token '${token}'`,
      ),
    ).toBe(1);
    expect(err).toContain('An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation');
    expect(JSON.stringify(world)).toBe(before);
  });

  it('checks the provider, the audience and the expiry before any policy (InvalidIdentityToken, ExpiredTokenException)', async () => {
    const line = (claims: object) =>
      `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name x --web-identity-token '${JSON.stringify(claims)}'`;
    expect(await run(line({ ...GOOD_CLAIMS, iss: 'https://accounts.example.com' }))).toBe(1);
    expect(err).toContain('(InvalidIdentityToken)');
    expect(err).toContain('No OpenIDConnect provider found');
    expect(await run(line({ ...GOOD_CLAIMS, aud: 'someone-else' }))).toBe(1);
    expect(err).toContain('(InvalidIdentityToken)');
    expect(err).toContain('audience');
    expect(await run(line({ ...GOOD_CLAIMS, exp: 1_000_000 }))).toBe(1);
    expect(err).toContain('(ExpiredTokenException)');
    expect(
      await run(
        `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name x --web-identity-token not-a-token`,
      ),
    ).toBe(1);
    expect(err).toContain('(InvalidIdentityToken)');
  });

  it('a duration above the role maximum is a ValidationError; --explain prints the trust evaluation', async () => {
    const token = `'${JSON.stringify(GOOD_CLAIMS)}'`;
    expect(
      await run(
        `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name x --web-identity-token ${token} --duration-seconds 7200`,
      ),
    ).toBe(1);
    expect(err).toContain('(ValidationError)');
    expect(
      await run(
        `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name explained --web-identity-token ${token} --explain`,
      ),
    ).toBe(0);
    expect(out).toMatch(/sts:AssumeRoleWithWebIdentity/);
  });

  it('bad arguments name the argument', async () => {
    expect(await run(`sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name x`)).toBe(2);
    expect(err).toContain('the following arguments are required: --web-identity-token');
    expect(
      await run(
        `sts assume-role-with-web-identity --role-arn ${ROLE} --role-session-name x --web-identity-token {} --duration-seconds soon`,
      ),
    ).toBe(2);
    expect(err).toContain("argument --duration-seconds: invalid int value: 'soon'");
  });
});

describe('sts assume-role-with-saml', () => {
  const assertion = {
    iss: 'https://idp.example.com/saml',
    sub: 'jdoe',
    sub_type: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    attributes: { 'https://aws.amazon.com/SAML/Attributes/RoleSessionName': 'jdoe@example.com' },
  };

  it('a base64 assertion is admitted; the output carries Subject, Issuer, Audience and the NameQualifier hash', async () => {
    const b64 = base64Encode(utf8Bytes(JSON.stringify(assertion)));
    expect(
      await run(
        `sts assume-role-with-saml --role-arn ${SAML_ROLE} --principal-arn ${SAML_IDP} --saml-assertion ${b64} --duration-seconds 14400`,
      ),
    ).toBe(0);
    const r = json();
    expect(Object.keys(r)).toEqual([
      'Credentials',
      'AssumedRoleUser',
      'Subject',
      'SubjectType',
      'Issuer',
      'Audience',
      'NameQualifier',
    ]);
    expect(r.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/SAMLDevelopers/jdoe@example.com`);
    expect(r).toMatchObject({
      Subject: 'jdoe',
      SubjectType: 'persistent',
      Issuer: 'https://idp.example.com/saml',
      Audience: 'https://signin.aws.amazon.com/saml',
    });
    expect(r.NameQualifier).toBe(base64Encode(sha1(utf8Bytes(`https://idp.example.com/saml${ACCT}/ExampleIdP`))));
    expect(world.sessions[r.AssumedRoleUser.Arn]).toMatchObject({ kind: 'saml', providerArn: SAML_IDP });
  });

  it('a wrong recipient is refused by the trust policy; an unknown provider is InvalidIdentityToken', async () => {
    fs.write('/a.json', JSON.stringify({ ...assertion, aud: 'https://elsewhere.example.com' }));
    expect(
      await run(
        `sts assume-role-with-saml --role-arn ${SAML_ROLE} --principal-arn ${SAML_IDP} --saml-assertion file://a.json`,
      ),
    ).toBe(1);
    expect(err).toContain('An error occurred (AccessDenied) when calling the AssumeRoleWithSAML operation');
    fs.write('/b.json', JSON.stringify(assertion));
    expect(
      await run(
        `sts assume-role-with-saml --role-arn ${SAML_ROLE} --principal-arn arn:aws:iam::${ACCT}:saml-provider/Nope --saml-assertion file://b.json`,
      ),
    ).toBe(1);
    expect(err).toContain('(InvalidIdentityToken)');
    expect(await run(`sts assume-role-with-saml --role-arn ${SAML_ROLE} --saml-assertion file://b.json`)).toBe(2);
    expect(err).toContain('--principal-arn');
  });
});

describe('sts get-federation-token', () => {
  const allowFederation = `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetFederationToken","Resource":"*"}]}'`;
  const readBucket = `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'`;

  beforeEach(async () => {
    world = welcomeWorld();
    expect(
      await run(`iam put-user-policy --user-name alice --policy-name Federate --policy-document ${allowFederation}`),
    ).toBe(0);
  });

  it('an IAM user with permission gets a federated user session', async () => {
    expect(
      await run(`sts get-federation-token --name partner --policy ${readBucket} --duration-seconds 3600 --as ${ALICE}`),
    ).toBe(0);
    const r = json();
    expect(Object.keys(r)).toEqual(['Credentials', 'FederatedUser']);
    expect(r.FederatedUser).toEqual({
      FederatedUserId: '111122223333:partner',
      Arn: 'arn:aws:sts::111122223333:federated-user/partner',
    });
    expect(r.Credentials.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{20,40}$/);
    expect(Date.parse(r.Credentials.Expiration) - Date.parse(world.clock)).toBe(3600_000);
    expect(world.sessions[r.FederatedUser.Arn]).toMatchObject({ kind: 'federated', callerArn: ALICE });
    expect(await run(`sts get-caller-identity --as ${r.FederatedUser.Arn}`)).toBe(0);
    expect(json().UserId).toBe('111122223333:partner');
  });

  it('without a session policy the call succeeds and warns that the federated user can do nothing', async () => {
    expect(await run(`sts get-federation-token --name bare --as ${ALICE}`)).toBe(0);
    expect(out).toContain('no session policy');
  });

  it('a user without sts:GetFederationToken is denied; a role session cannot call it', async () => {
    expect(await run(`sts get-federation-token --name partner --as arn:aws:iam::111122223333:user/bob`)).toBe(1);
    expect(err).toContain(
      'An error occurred (AccessDenied) when calling the GetFederationToken operation: User: arn:aws:iam::111122223333:user/bob is not authorized',
    );
    expect(await run(`sts get-federation-token --name partner --duration-seconds 200000 --as ${ALICE}`)).toBe(1);
    expect(err).toContain('(ValidationError)');
  });

  it('bad arguments name the argument', async () => {
    expect(await run(`sts get-federation-token --as ${ALICE}`)).toBe(2);
    expect(err).toContain('the following arguments are required: --name');
    expect(await run(`sts get-federation-token --name x --colour red --as ${ALICE}`)).toBe(2);
    expect(err).toContain('Unknown options: --colour');
  });
});

describe('token and assertion readers', () => {
  it('reads claims from JSON or a JWT payload, and refuses other text', () => {
    expect(readWebIdentityToken(JSON.stringify(GOOD_CLAIMS))).toEqual({ ok: true, value: GOOD_CLAIMS });
    expect(readWebIdentityToken(jwt({ ...GOOD_CLAIMS, nested: { a: 1 } }))).toEqual({ ok: true, value: GOOD_CLAIMS });
    expect(readWebIdentityToken('a.b').ok).toBe(false);
  });

  it('reads an assertion and pulls out RoleSessionName and SourceIdentity', () => {
    const r = readSamlAssertion(
      JSON.stringify({
        iss: 'i',
        sub: 's',
        attributes: { RoleSessionName: 'n', SourceIdentity: 'si', dept: ['a', 'b'] },
      }),
    );
    expect(r).toEqual({
      ok: true,
      value: { iss: 'i', sub: 's', sessionName: 'n', sourceIdentity: 'si', attributes: { dept: ['a', 'b'] } },
    });
    expect(readSamlAssertion('{"iss":"i"}').ok).toBe(false);
  });

  it('SHA-1 matches the published test vector', () => {
    const hex = [...sha1(utf8Bytes('abc'))].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
