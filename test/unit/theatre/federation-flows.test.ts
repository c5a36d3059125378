/**
 * The SAML and GetFederationToken flow strips, and the handoff helpers that open a lesson or quiz request in the
 * theatre. AWS behaviour: SAML federation (only the trust policy decides; SAML:aud / SAML:sub are condition keys) —
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml;
 * GetFederationToken (user ∩ session policy; none passed → no permissions) —
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
 */
import { describe, expect, it } from 'vitest';
import { applyCommands, type World, type WorldCommand } from '../../../shared/world';
import { federationWorld, welcomeWorld } from '../../../shared/world/samples';
import type { RequestDraft } from '../../../shared/theatre/draft';
import { assertionOf, buildScript, type TheatreScript } from '../../../shared/theatre/script';
import { scriptDecisiveIndex, scriptFrameAt } from '../../../shared/theatre/script-frame';
import { draftFromEngineRequest, draftFromPlainRequest, scriptFromRequest } from '../../../shared/theatre/handoff';
import { parseShare, makeShare } from '../../../shared/theatre/share';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import { requestFor } from '../../../shared/world';

const ACCT = '333333333333';
const SAML = `arn:aws:iam::${ACCT}:saml-provider/ExampleIdP`;
const ROLE = `arn:aws:iam::${ACCT}:role/SAMLDevelopers`;
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';

const draft = (d: Partial<RequestDraft>): RequestDraft => ({ flow: 'call', principal: '', action: 's3:GetObject', resource: '', env: {}, ...d });
function script(world: World, d: Partial<RequestDraft>): TheatreScript {
  const r = buildScript(world, draft(d));
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.script;
}
function withCommands(world: World, commands: WorldCommand[]): World {
  const r = applyCommands(world, commands);
  if (!r.ok) throw new Error(`command ${r.index} refused`);
  return r.world;
}

/** The sample's SAML role, with a `SAML:sub` condition added to its trust policy. */
function samlWorld(): World {
  return withCommands(federationWorld(), [
    {
      type: 'update-assume-role-policy',
      roleName: 'SAMLDevelopers',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: SAML }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' }, StringLike: { 'SAML:sub': '*@example.com' } } }],
      },
    } as WorldCommand,
  ]);
}

const saml = (claims: Record<string, string>): Partial<RequestDraft> => ({ flow: 'saml', roleArn: ROLE, provider: SAML, claims, action: 's3:ListBucket', resource: 'arn:aws:s3:::example-website' });

describe('SAML federation flow', () => {
  it('provider → assertion attributes → trust conditions → session → call, allowed for a matching SAML:sub', () => {
    const s = script(samlWorld(), saml({ sub: 'dana@example.com', department: 'engineering' }));
    expect(s.steps.map((x) => [x.code, x.status])).toEqual([
      ['flow.saml-provider', 'info'],
      ['flow.saml-assertion', 'info'],
      ['flow.saml-trust', 'allow'],
      ['flow.session', 'info'],
      ['flow.call', 'allow'],
    ]);
    const keys = Object.fromEntries(s.steps[1].facts);
    expect(keys['SAML:aud']).toBe('https://signin.aws.amazon.com/saml');
    expect(keys['SAML:sub']).toBe('dana@example.com');
    expect(keys['SAML:iss']).toBe('https://idp.example.com/saml');
    expect(keys['SAML:department']).toBe('engineering');
    expect(s.finalRequest?.principal).toMatchObject({ kind: 'role-session', via: 'saml', federatedProvider: SAML, sessionName: 'dana@example.com' });
    // The replay spans both evaluations: the trust step first, then the call, each with fresh gates.
    expect(s.stepOfEvent[0]).toBe(2);
    expect(s.stepOfEvent[s.stepOfEvent.length - 1]).toBe(4);
    expect(scriptDecisiveIndex(s)).toBeGreaterThan(s.stepOfEvent.indexOf(4) - 1);
    expect(scriptFrameAt(s, s.events.length - 1).frame.decision).toBe('allowed');
  });

  it('a SAML:sub outside the condition stops at the trust policy; session and call are skipped', () => {
    const s = script(samlWorld(), saml({ sub: 'mallory@elsewhere.org' }));
    expect(s.steps.map((x) => x.status)).toEqual(['info', 'info', 'deny', 'skipped', 'skipped']);
    expect(s.final.decision).toBe('implicitDeny');
    expect(s.finalRequest).toBeUndefined();
  });

  it('a wrong SAML:aud (assertion meant for another service provider) is refused too', () => {
    const s = script(samlWorld(), saml({ sub: 'dana@example.com', aud: 'https://other.example.net/acs' }));
    expect(s.steps[2].status).toBe('deny');
  });

  it('reads sub/iss/aud from the claims and keeps the rest as attributes', () => {
    expect(assertionOf({ sub: 's', role: 'dev' }, 'https://idp')).toEqual({ sub: 's', iss: 'https://idp', attributes: { role: 'dev' } });
  });

  it('the share file carries the SAML flow', () => {
    const d = draft(saml({ sub: 'dana@example.com' }));
    const back = parseShare(JSON.stringify(makeShare(samlWorld(), d, 3)));
    expect(back.ok && back.share.request.flow).toBe('saml');
  });
});

describe('GetFederationToken flow', () => {
  const allowFederate = (world: World) =>
    withCommands(world, [
      { type: 'put-inline-policy', to: 'user', name: 'alice', policyName: 'MayFederate', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetFederationToken', Resource: '*' }] } } as WorldCommand,
    ]);
  const readObjects = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
  const listOnly = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] });

  it('caller permission → federation token → call; the session is user ∩ session policy', () => {
    const s = script(allowFederate(welcomeWorld()), { flow: 'federation-token', principal: ALICE, sessionName: 'partner', sessionPolicy: readObjects, resource: OBJECT });
    expect(s.steps.map((x) => [x.code, x.status])).toEqual([
      ['flow.federation-caller', 'allow'],
      ['flow.federation-session', 'info'],
      ['flow.call', 'allow'],
    ]);
    expect(s.finalRequest?.principal).toMatchObject({ kind: 'federated-user', name: 'partner', callerUserArn: ALICE });
    expect(s.intersection?.terms.map((t) => [t.term, t.verdict])).toEqual([
      ['user', 'allows'],
      ['boundary', 'absent'],
      ['session', 'allows'],
    ]);
    expect(s.intersection?.effective).toBe(true);
  });

  it('a session policy that does not cover the call denies it, although the user may', () => {
    const s = script(allowFederate(welcomeWorld()), { flow: 'federation-token', principal: ALICE, sessionPolicy: listOnly, resource: OBJECT });
    expect(s.final.decision).toBe('implicitDeny');
    expect(s.intersection?.terms.find((t) => t.term === 'session')?.verdict).toBe('denies');
    expect(s.intersection?.effective).toBe(false);
  });

  it('with no session policy the federated session has no permissions', () => {
    const s = script(allowFederate(welcomeWorld()), { flow: 'federation-token', principal: ALICE, sessionPolicy: '', resource: OBJECT });
    expect(s.final.decision).toBe('implicitDeny');
    expect(s.intersection?.terms.find((t) => t.term === 'session')?.verdict).toBe('denies');
  });

  it('a session policy cannot add what the user lacks', () => {
    const s = script(allowFederate(welcomeWorld()), { flow: 'federation-token', principal: ALICE, sessionPolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] }), action: 'iam:ListUsers', resource: '*' });
    expect(s.final.decision).toBe('implicitDeny');
    expect(s.intersection?.sessionCannotAdd).toBe(true);
  });

  it('without permission for sts:GetFederationToken the flow stops at the caller', () => {
    const s = script(welcomeWorld(), { flow: 'federation-token', principal: ALICE, sessionPolicy: readObjects, resource: OBJECT });
    expect(s.steps.map((x) => x.status)).toEqual(['deny', 'skipped', 'skipped']);
    expect(s.final.decision).not.toBe('allowed');
  });

  it('a role cannot call GetFederationToken: a problem, not a throw', () => {
    const r = buildScript(welcomeWorld(), draft({ flow: 'federation-token', principal: 'arn:aws:iam::111122223333:role/does-not-exist', resource: OBJECT }));
    expect(r.ok).toBe(false);
  });
});

describe('handoff helpers', () => {
  it('a lesson request becomes a draft whose script decides like the engine request', () => {
    const world = welcomeWorld();
    const d = draftFromPlainRequest({ principal: ALICE, action: 's3:GetObject', resource: OBJECT, context: { 'aws:SourceIp': '203.0.113.9', 'aws:SecureTransport': true, 's3:prefix': 'x' }, mfa: { present: true, ageSeconds: 60 } });
    expect(d.env).toEqual({ sourceIp: '203.0.113.9', secureTransport: true, mfaPresent: true, mfaAgeSeconds: 60, extra: { 's3:prefix': 'x' } });
    const built = buildScript(world, d);
    const direct = requestFor(world, ALICE, 's3:GetObject', OBJECT, {});
    if (!built.ok || !direct.ok) throw new Error('build');
    expect(built.script.final.decision).toBe(evaluate(direct.value).decision);
  });

  it('an engine request replays as a one-step script with exactly its result', () => {
    const r = requestFor(welcomeWorld(), 'arn:aws:iam::111122223333:user/bob', 's3:GetObject', OBJECT, { context: { 'aws:SourceIp': '198.51.100.1' } });
    if (!r.ok) throw new Error('request');
    const result = evaluate(r.value);
    const d = draftFromEngineRequest(r.value);
    expect(d).toMatchObject({ flow: 'call', principal: 'arn:aws:iam::111122223333:user/bob', action: 's3:GetObject', resource: OBJECT });
    expect(d.env.sourceIp).toBe('198.51.100.1');
    const s = scriptFromRequest(d, r.value, result);
    expect(s.steps.map((x) => x.code)).toEqual(['flow.call']);
    expect(s.events).toEqual(result.trace.events);
    expect(s.final.decision).toBe(result.decision);
    expect(scriptFrameAt(s, s.events.length - 1).frame.decision).toBe(result.decision);
  });
});
