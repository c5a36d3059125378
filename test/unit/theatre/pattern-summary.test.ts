/**
 * Long pattern lists are summarised in sentences (theatre narration, the trace list, the terminal's --explain): the
 * count, the nearest patterns and how many more. ReadOnlyAccess against an action it does not grant once made one step
 * 45,287 characters long.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import { explain } from '../../../shared/iam/explain';
import { narrate, policyName, statementName } from '../../../shared/iam/narration';
import { PATTERN_LIST_LIMIT, patternListText, summarisePatterns } from '../../../shared/iam/pattern-summary';
import type { EvaluationRequest } from '../../../shared/iam/request';
import { AWS_MANAGED_POLICIES } from '../../../shared/world/aws-managed/catalog';
import { traceLines } from '../../../shared/theatre/trace-text';
import { foldDocument, policyText, FOLD_LIMIT } from '../../../shared/theatre/policy-text';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

function readOnlyRequest(action: string): EvaluationRequest {
  const p = AWS_MANAGED_POLICIES[READ_ONLY];
  const document = p.versions[p.defaultVersionId].document;
  return {
    principal: { kind: 'user', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice' },
    action,
    resource: { arn: 'arn:aws:s3:::b/x', account: '111122223333' },
    policies: { identity: [{ id: READ_ONLY, document }] },
  } as EvaluationRequest;
}

describe('pattern summary', () => {
  it('short lists stay whole; long ones name the nearest patterns, same service first', () => {
    expect(patternListText(['s3:GetObject', 's3:PutObject'], 's3:DeleteObject')).toBe('s3:GetObject, s3:PutObject');
    const list = [
      'a4b:Get*',
      'ec2:Describe*',
      's3:List*',
      'iam:Get*',
      's3:Get*',
      'sqs:Get*',
      'sns:Get*',
      's3:Describe*',
    ];
    expect(list.length).toBeGreaterThan(PATTERN_LIST_LIMIT);
    const s = summarisePatterns(list, 's3:GetObject');
    expect(s.nearest).toEqual(['s3:Get*', 's3:List*', 's3:Describe*']);
    expect(s.rest).toBe(5);
    expect(patternListText(list, 's3:GetObject')).toBe('s3:Get*, s3:List*, s3:Describe* and 5 more (8 patterns)');
  });

  it('ReadOnlyAccess against s3:PutObject: one short sentence in the theatre and in --explain', () => {
    const r = evaluate(readOnlyRequest('s3:PutObject'));
    expect(r.decision).toBe('implicitDeny');
    const check = r.trace.events.find((e) => e.code === 'statement.action.no-match' && Array.isArray(e.pattern));
    expect((check!.pattern as string[]).length).toBeGreaterThan(500);
    const sentence = narrate(check!);
    expect(sentence.length).toBeLessThan(160);
    expect(sentence).toMatch(
      /^The action s3:PutObject matches none of s3:\S+, s3:\S+, s3:\S+ and [\d,]+ more \([\d,]+ patterns\)\.$/,
    );
    for (const line of traceLines(r.trace.events)) expect(line.text.length).toBeLessThan(200);
    for (const line of explain(r).split('\n')) expect(line.length).toBeLessThan(200);
  });

  it('names statements by Sid or 1-based number and policies by name', () => {
    expect(statementName('ReadObjects', 0)).toBe('statement "ReadObjects"');
    expect(statementName(undefined, 0)).toBe('statement 1');
    expect(policyName(READ_ONLY)).toBe('ReadOnlyAccess');
    expect(policyName('arn:aws:iam::111122223333:policy/team/DevelopersRead')).toBe('DevelopersRead');
    expect(policyName('arn:aws:iam::111122223333:user/alice#inline/NoReports')).toBe('NoReports (inline, alice)');
    expect(policyName('p-examplescp')).toBe('p-examplescp');
    const r = evaluate(readOnlyRequest('s3:GetObject'));
    const texts = traceLines(r.trace.events).map((l) => l.text);
    expect(texts).toContain('AWS reads the policy ReadOnlyAccess.');
    expect(texts).toContain('AWS reads statement 1, an Allow statement.');
    expect(texts).toContain('Statement 1 applies to this request.');
    expect(texts.join('\n')).not.toMatch(/#\d/);
    // The terminal's --explain names the deciding statement the same way.
    expect(explain(r)).toContain('decided by: ReadOnlyAccess, statement 1');
  });

  it('the policy panel folds ReadOnlyAccess to the nearest actions, and the marks still find the statement', () => {
    const p = AWS_MANAGED_POLICIES[READ_ONLY];
    const document = p.versions[p.defaultVersionId].document;
    const whole = policyText(document, 'Statement[0].Action');
    const { document: folded, folded: count } = foldDocument(document, { action: 's3:PutObject' });
    expect(count).toBe(1);
    const text = policyText(folded, 'Statement[0].Action');
    expect(whole.text.length).toBeGreaterThan(20_000);
    expect(text.text.length).toBeLessThan(1_000);
    expect(text.element).toBeDefined();
    const marked = text.text.slice(text.element!.start, text.element!.end);
    expect(marked).toMatch(/"s3:/);
    expect(marked).toMatch(/more \([\d,]+ in all: expand to see them\)/);
    expect(FOLD_LIMIT).toBeGreaterThan(6);
    // Short documents are left as they are (the same object).
    const small = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] };
    expect(foldDocument(small).document).toBe(small);
  });
});
