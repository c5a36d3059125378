/**
 * Generated questions must be fair: no two alike, no two that read the same with different answers, no request no
 * caller could send, and a difficulty that follows what the learner must weigh.
 */
import { describe, expect, it } from 'vitest';
import { generatedBank } from '../../../shared/lessons/practice/generate/index';
import { candidatesOf } from '../../../shared/lessons/practice/generate/generate';
import { decisionFactors, difficultyOf } from '../../../shared/lessons/practice/generate/classify';
import { isPlausibleRequest } from '../../../shared/lessons/practice/generate/plausible';
import { PRACTICE_WORLDS } from '../../../shared/lessons/practice/generate/practice-worlds';
import type { PracticePrincipal } from '../../../shared/lessons/practice/generate/scenarios';

const SEEDS = [20250101, 7, 424242];

describe('generated questions: uniqueness', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: no duplicate ids and no repeated prompt`, () => {
      const items = generatedBank(seed);
      expect(items.length).toBeGreaterThan(100);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      expect(new Set(items.map((i) => i.prompt)).size).toBe(items.length);
    });
  }

  it('across all candidates of all worlds, a prompt never has two answers', () => {
    const answerOf = new Map<string, string>();
    const conflicts: string[] = [];
    for (const pw of PRACTICE_WORLDS) {
      for (const c of candidatesOf(pw.build(), pw.id)) {
        const prev = answerOf.get(c.prompt);
        if (prev !== undefined && prev !== c.scenario.result.decision) conflicts.push(c.prompt);
        answerOf.set(c.prompt, c.scenario.result.decision);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('prompts name the policies in play', () => {
    const items = generatedBank(SEEDS[0]!);
    expect(items.every((i) => /In play: |No policy applies/.test(i.prompt))).toBe(true);
  });
});

describe('generated questions: only requests a caller could send', () => {
  const user = (ref: string): PracticePrincipal =>
    ({ ref, kind: 'user', label: 'u', account: '111122223333' }) as PracticePrincipal;
  const root = {
    ref: 'arn:aws:iam::111122223333:root',
    kind: 'root',
    label: 'root',
    account: '111122223333',
  } as PracticePrincipal;

  it('iam:ChangePassword only by an IAM user on itself', () => {
    const alice = 'arn:aws:iam::111122223333:user/alice';
    expect(isPlausibleRequest(user(alice), 'iam:ChangePassword', alice)).toBe(true);
    expect(isPlausibleRequest(user(alice), 'iam:ChangePassword', 'arn:aws:iam::111122223333:user/bob')).toBe(false);
    expect(isPlausibleRequest(root, 'iam:ChangePassword', alice)).toBe(false);
    expect(isPlausibleRequest(root, 'iam:CreateAccessKey', alice)).toBe(true);
  });

  it('no generated candidate asks an impossible ChangePassword', () => {
    for (const pw of PRACTICE_WORLDS) {
      for (const c of candidatesOf(pw.build(), pw.id)) {
        if (c.scenario.request.action !== 'iam:ChangePassword') continue;
        expect(c.scenario.principal.kind, c.prompt).toBe('user');
        expect(c.scenario.resourceArn, c.prompt).toBe(c.scenario.principal.ref);
      }
    }
  });
});

describe('generated questions: difficulty from the structure of the decision', () => {
  const all = PRACTICE_WORLDS.flatMap((pw) => candidatesOf(pw.build(), pw.id));

  it('an identity-only decision without conditions is 1; boundaries, SCPs and conditions raise it', () => {
    for (const c of all) {
      const { request, result } = c.scenario;
      const factors = decisionFactors(request, result);
      const d = difficultyOf(request, result);
      expect(d, c.prompt).toBe(factors.length === 0 ? 1 : factors.length <= 2 ? 2 : 3);
      if (request.policies.boundary) expect(factors).toContain('boundary');
      if (request.policies.scps?.some((l) => l.policies.length > 0)) expect(factors).toContain('scp');
    }
  });

  it('uses all three levels across the practice worlds', () => {
    const levels = new Set(all.map((c) => difficultyOf(c.scenario.request, c.scenario.result)));
    expect([...levels].sort()).toEqual([1, 2, 3]);
  });
});
