import { describe, expect, it } from 'vitest';
import { whyNot, whatWouldDeny } from '../../../shared/iam/whynot/index';
import { applyCommands } from '../../../shared/world';
import { crossAccountWorld, ec2World, federationWorld, welcomeWorld } from '../../../shared/world/samples';
import type { RequestDraft } from '../../../shared/theatre/draft';
import { buildScript, type TheatreScript } from '../../../shared/theatre/script';
import { scriptDecisiveIndex, scriptFrameAt } from '../../../shared/theatre/script-frame';
import { lanesOf } from '../../../shared/theatre/lanes';
import { commandsForSuggestion } from '../../../shared/theatre/fixes';
import { makeShare, parseShare } from '../../../shared/theatre/share';
import { policyText, splitMarked } from '../../../shared/theatre/policy-text';
import { graphHighlight } from '../../../shared/theatre/graph-focus';
import { buildGraph } from '../../../shared/graph';

const draft = (d: Partial<RequestDraft>): RequestDraft => ({ flow: 'call', principal: '', action: 's3:GetObject', resource: '', env: {}, ...d });
function script(world: ReturnType<typeof welcomeWorld>, d: Partial<RequestDraft>): TheatreScript {
  const r = buildScript(world, draft(d));
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.script;
}

describe('buildScript', () => {
  it('a plain call in the welcome world: one step, allowed through the group policy', () => {
    const s = script(welcomeWorld(), { principal: 'arn:aws:iam::111122223333:user/alice', resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv' });
    expect(s.steps.map((x) => x.code)).toEqual(['flow.call']);
    expect(s.final.decision).toBe('allowed');
    expect(lanesOf(s.final)).toHaveLength(1);
    const f = scriptFrameAt(s, scriptDecisiveIndex(s)).frame;
    expect(f.focus?.policyId).toBe('arn:aws:iam::111122223333:policy/DevelopersReadWelcomeBucket');
    const hl = graphHighlight(buildGraph(welcomeWorld()), s.finalRequest, f.focus);
    expect(hl.nodes).toContain('arn:aws:iam::111122223333:policy/DevelopersReadWelcomeBucket');
    expect(hl.nodes).toContain('arn:aws:iam::111122223333:group/Developers');
    expect(hl.edges.length).toBeGreaterThan(0);
  });

  it('cross-account AssumeRole shows two lanes and both sides (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html)', () => {
    const s = script(crossAccountWorld(), { principal: 'arn:aws:iam::111111111111:user/carol', action: 'sts:AssumeRole', resource: 'arn:aws:iam::222222222222:role/ProdS3Reader' });
    expect(s.final.sides).toEqual({ principal: 'allowed', resource: 'allowed' });
    expect(lanesOf(s.final).map((l) => l.side)).toEqual(['principal', 'resource']);
  });

  it('AssumeRole with a narrower session policy: the session only gets the intersection, and cannot add (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session)', () => {
    const world = crossAccountWorld();
    const narrow = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] });
    const s = script(world, { flow: 'assume-role', principal: 'arn:aws:iam::111111111111:user/carol', roleArn: 'arn:aws:iam::222222222222:role/ProdS3Reader', sessionPolicy: narrow, action: 's3:GetObject', resource: 'arn:aws:s3:::lab-prod-data/x' });
    expect(s.steps.map((x) => x.code)).toEqual(['flow.caller-permission', 'flow.trust-policy', 'flow.session', 'flow.call']);
    expect(s.intersection?.terms.map((t) => [t.term, t.verdict])).toEqual([['role', 'allows'], ['boundary', 'absent'], ['session', 'denies']]);
    expect(s.intersection?.effective).toBe(false);
    expect(s.final.decision).toBe('implicitDeny');
    const wide = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] });
    const s2 = script(world, { flow: 'assume-role', principal: 'arn:aws:iam::111111111111:user/carol', roleArn: 'arn:aws:iam::222222222222:role/ProdS3Reader', sessionPolicy: wide, action: 'iam:CreateUser', resource: '*' });
    expect(s2.intersection?.sessionCannotAdd).toBe(true);
    expect(s2.final.decision).not.toBe('allowed');
  });

  it('web identity: provider → claims → trust conditions → session → call', () => {
    const s = script(federationWorld(), { flow: 'web-identity', principal: '', roleArn: 'arn:aws:iam::333333333333:role/GitHubDeploy', provider: 'arn:aws:iam::333333333333:oidc-provider/token.actions.githubusercontent.com', claims: { aud: 'sts.amazonaws.com', sub: 'repo:example-org/website:ref:refs/heads/main' }, action: 's3:PutObject', resource: 'arn:aws:s3:::example-website/index.html' });
    expect(s.steps.map((x) => [x.code, x.status])).toEqual([['flow.provider', 'info'], ['flow.token-claims', 'info'], ['flow.trust-conditions', 'allow'], ['flow.session', 'info'], ['flow.call', 'allow']]);
    const bad = script(federationWorld(), { flow: 'web-identity', principal: '', roleArn: 'arn:aws:iam::333333333333:role/GitHubDeploy', provider: 'arn:aws:iam::333333333333:oidc-provider/token.actions.githubusercontent.com', claims: { aud: 'sts.amazonaws.com', sub: 'repo:someone/else:ref:refs/heads/main' }, action: 's3:PutObject', resource: 'arn:aws:s3:::example-website/index.html' });
    expect(bad.steps[2].status).toBe('deny');
    expect(bad.final.decision).toBe('implicitDeny');
  });

  it('EC2: instance profile → EC2 assumes the role → metadata credentials → call', () => {
    const world = ec2World();
    const id = Object.keys(Object.values(world.accounts)[0].instances)[0];
    const s = script(world, { principal: id, action: 's3:GetObject', resource: 'arn:aws:s3:::app-data-444455556666/a' });
    expect(s.steps.map((x) => x.code)).toEqual(['flow.instance-profile', 'flow.ec2-trust', 'flow.metadata-credentials', 'flow.call']);
    expect(s.final.decision).toBe('allowed');
    // Stepping through spans both evaluations; each starts with fresh gates.
    const firstCall = s.stepOfEvent.indexOf(3);
    expect(scriptFrameAt(s, firstCall).step).toBe(3);
    expect(scriptFrameAt(s, firstCall).frame.index).toBe(0);
  });
});

describe('why not? as world commands', () => {
  it('Bob cannot read the bucket; the first suggestion applied as a command makes it allowed', () => {
    const world = welcomeWorld();
    const d = { principal: 'arn:aws:iam::111122223333:user/bob', resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv' };
    const s = script(world, d);
    expect(s.final.decision).toBe('implicitDeny');
    const fix = whyNot(s.finalRequest!, s.final).map((x) => commandsForSuggestion(world, s.finalRequest!, x)).find((c) => c);
    expect(fix?.[0]).toMatchObject({ type: 'put-inline-policy', to: 'user', name: 'bob' });
    const applied = applyCommands(world, fix!);
    if (!applied.ok) throw new Error('command failed');
    expect(script(applied.world, d).final.decision).toBe('allowed');
  });

  it('an explicit deny in an inline policy: removing the statement turns it into allowed', () => {
    const base = welcomeWorld();
    const put = applyCommands(base, [{ type: 'put-inline-policy', to: 'user', name: 'alice', policyName: 'NoReports', policyDocument: { Version: '2012-10-17', Statement: [{ Sid: 'NoReports', Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/*' }] } }]);
    if (!put.ok) throw new Error('setup');
    const d = { principal: 'arn:aws:iam::111122223333:user/alice', resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv' };
    const s = script(put.world, d);
    expect(s.final.decision).toBe('explicitDeny');
    const sug = whyNot(s.finalRequest!, s.final).find((x) => x.code === 'whynot.remove-deny')!;
    const cmds = commandsForSuggestion(put.world, s.finalRequest!, sug)!;
    const after = applyCommands(put.world, cmds);
    if (!after.ok) throw new Error('apply');
    expect(script(after.world, d).final.decision).toBe('allowed');
    // And "what would deny this?" offers a deny that, applied, denies.
    const deny = whatWouldDeny(s.finalRequest!, script(after.world, d).final)[0];
    const dc = commandsForSuggestion(after.world, script(after.world, d).finalRequest!, deny)!;
    const denied = applyCommands(after.world, dc);
    if (!denied.ok) throw new Error('deny');
    expect(script(denied.world, d).final.decision).toBe('explicitDeny');
  });
});

describe('share file and policy text', () => {
  it('round-trips a share file and refuses wrong ones with a code', () => {
    const share = makeShare(welcomeWorld(), draft({ principal: 'arn:aws:iam::111122223333:user/alice', resource: 'arn:aws:s3:::iam-lab-welcome-bucket' }), 7);
    const back = parseShare(JSON.stringify(share));
    expect(back.ok && back.share.step).toBe(7);
    expect(back.ok && back.share.world).toEqual(share.world);
    expect(parseShare('nope')).toEqual({ ok: false, problem: 'share.not-json' });
    expect(parseShare('{"format":"x"}')).toEqual({ ok: false, problem: 'share.wrong-format' });
    expect(parseShare(JSON.stringify({ ...share, version: 99 }))).toEqual({ ok: false, problem: 'share.newer-version' });
  });

  it('marks the statement and the compared element in the pretty-printed policy', () => {
    const doc: Record<string, unknown> = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }, { Sid: 'X', Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] };
    const p = policyText(doc as never, 'Statement[1].Condition.Bool.aws:SecureTransport');
    expect(p.text.slice(p.statement!.start, p.statement!.end)).toContain('"Sid": "X"');
    expect(p.text.slice(p.element!.start, p.element!.end)).toBe('"aws:SecureTransport": "false"');
    expect(splitMarked(p).map((x) => x.text).join('')).toBe(p.text);
    // A single statement object (not an array), given as JSON text so the literal needs no JsonValue cast.
    const single = policyText(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } }), 'Statement[0].Action');
    expect(single.text.slice(single.element!.start, single.element!.end)).toBe('"Action": "s3:*"');
  });
});
