/**
 * Generated predict-the-decision items (shared/lessons/practice/generate): they have the bank's exact shape, the
 * engine agrees with every answer, the selection is seeded and balanced, ids are stable and unique, explanations
 * name what decided, and topics follow what decided (named cases below).
 * AWS behaviour behind the cases: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam/index';
import type { EvaluationRequest } from '../../../shared/iam/request';
import { EXAM_MAPS } from '../../../shared/lessons/exams/index';
import { indexTasks } from '../../../shared/lessons/exams/exam-map';
import { QUIZ_BANK_FILES } from '../../../shared/lessons/quiz/index';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import { validateQuizItem } from '../../../shared/lessons/quiz-check';
import type { PredictDecisionItem, QuizBankFile } from '../../../shared/lessons/quiz-types';
import { TOPIC_IDS, type TopicId } from '../../../shared/lessons/topics';
import {
  PRACTICE_WORLDS,
  candidatesOf,
  generatePredictItems,
  generatedBank,
  stableHash,
  stableStringify,
} from '../../../shared/lessons/practice/generate/index';
import { refPolicyName } from '../../../shared/lessons/practice/generate/wording';
import { narrate } from '../../../shared/iam/narration';

const taskIds = new Set(indexTasks(EXAM_MAPS).keys());
const bankIds = new Set((QUIZ_BANK_FILES as QuizBankFile[]).flatMap((f) => f.items.map((i) => i.id)));
const world = (id: string) => PRACTICE_WORLDS.find((w) => w.id === id)!.build();
const clone = (r: EvaluationRequest): EvaluationRequest => JSON.parse(JSON.stringify(r));
const countBy = <T>(list: T[], key: (t: T) => string) =>
  list.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});

const SEED = 20250101;
const items = generatedBank(SEED);

describe('generatedBank', () => {
  it('has at least 60 items over all practice worlds', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    const worlds = new Set(items.map((i) => i.id.replace(/-[0-9a-z]+$/, '')));
    expect(worlds.size).toBe(PRACTICE_WORLDS.length);
  });

  it('every item validates with no errors and no warnings (exact bank shape)', () => {
    for (const item of items) expect(validateQuizItem(item, `$[${item.id}]`, { taskIds }), item.id).toEqual([]);
  });

  it('loads next to the hand-written bank with no diagnostics (no id collides)', () => {
    const byTopic = TOPIC_IDS.map((topic) => ({ version: 1, topic, items: items.filter((i) => i.topic === topic) }));
    const loaded = loadBank([...QUIZ_BANK_FILES, ...byTopic], EXAM_MAPS);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.items.length).toBe(bankIds.size + items.length);
  });

  it('every answer is the engine decision', () => {
    for (const item of items) expect(evaluate(clone(item.scenario)).decision, item.id).toBe(item.answer);
  });

  it('represents all three decisions and many topics', () => {
    const decisions = countBy(items, (i) => i.answer);
    expect(Object.keys(decisions).sort()).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
    for (const n of Object.values(decisions)) expect(n).toBeGreaterThanOrEqual(10);
    expect(Object.keys(countBy(items, (i) => i.topic)).length).toBeGreaterThanOrEqual(12);
  });

  it('ids are unique, generated-looking, stable, and never a hand-written id', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^gen-[a-z0-9-]+-[0-9a-z]{12,}$/);
      expect(bankIds.has(id)).toBe(false);
    }
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(generatedBank(SEED)).toEqual(items);
    const other = generatedBank(SEED + 1);
    expect(other.map((i) => i.id).sort()).not.toEqual(items.map((i) => i.id).sort());
    // The same request keeps its id whatever the seed.
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const o of other) if (byId.has(o.id)) expect(o.scenario).toEqual(byId.get(o.id)!.scenario);
  });

  it('filters by topic', () => {
    const only = generatedBank(SEED, { topics: ['permissions-boundaries', 'mfa'] });
    expect(only.length).toBeGreaterThan(0);
    for (const i of only) expect(['permissions-boundaries', 'mfa']).toContain(i.topic);
  });
});

describe('explanations', () => {
  it('name every policy that decided, and state the decision in the narration words', () => {
    for (const item of items) {
      const result = evaluate(clone(item.scenario));
      for (const ref of result.decidedBy) {
        expect(item.explanation, item.id).toContain(refPolicyName(item.scenario, ref));
      }
      const final = narrate({ seq: -1, parent: null, op: 'decision', code: result.reason, gate: 'decision' });
      expect(item.explanation, item.id).toContain(final);
    }
  });

  it('name the boundary for a boundary cut and the condition key for a condition', () => {
    for (const item of items) {
      const result = evaluate(clone(item.scenario));
      if (result.reason === 'decision.boundary-no-allow') {
        expect(item.explanation).toContain(item.scenario.policies.boundary!.name!);
      }
      if (item.topic === 'mfa') expect(item.explanation).toMatch(/MultiFactorAuth/);
    }
  });
});

describe('generatePredictItems on one world', () => {
  const w = world('welcome-practice');

  it('picks a balanced mix: 3 of each decision out of 9', () => {
    const nine = generatePredictItems(w, { seed: 3, count: 9, worldId: 'welcome-practice' });
    expect(countBy(nine, (i) => i.answer)).toEqual({ allowed: 3, explicitDeny: 3, implicitDeny: 3 });
  });

  it('same seed → same items; another seed → another selection', () => {
    const a = generatePredictItems(w, { seed: 11, count: 10, worldId: 'welcome-practice' });
    const b = generatePredictItems(world('welcome-practice'), { seed: 11, count: 10, worldId: 'welcome-practice' });
    const c = generatePredictItems(w, { seed: 12, count: 10, worldId: 'welcome-practice' });
    expect(b).toEqual(a);
    expect(c.map((i) => i.id)).not.toEqual(a.map((i) => i.id));
  });

  it('defaults the world id to the kebab-cased world name', () => {
    const [item] = generatePredictItems(w, { seed: 1, count: 1 });
    expect(item.id.startsWith('gen-welcome-')).toBe(true);
  });

  it('prompts name the principal, action and resource in plain words', () => {
    for (const item of generatePredictItems(w, { seed: 5, count: 12, worldId: 'x' })) {
      expect(item.prompt).toContain(`\`${item.scenario.action}\``);
      expect(item.prompt).toContain(item.scenario.resource.arn === '*' ? '`*`' : `\`${item.scenario.resource.arn}\``);
      expect(item.prompt).toMatch(/What does AWS decide\?$/);
      if (item.scenario.principal.kind === 'user') {
        expect(item.prompt).toContain(`**${item.scenario.principal.arn.split('/').pop()}**`);
      }
    }
  });
});

/** Named cases: a world, a request, what the engine decides and which topic the question is filed under. */
const CASES: {
  name: string;
  world: string;
  principal: RegExp;
  action: string;
  resource: string;
  env?: RegExp;
  decision: string;
  topic: TopicId;
}[] = [
  {
    name: 'delete without MFA is an explicit deny (mfa)',
    world: 'welcome-practice',
    principal: /user\/bob$/,
    action: 's3:DeleteObject',
    resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
    env: /^(?!.*present)/,
    decision: 'explicitDeny',
    topic: 'mfa',
  },
  {
    name: 'delete with MFA is allowed',
    world: 'welcome-practice',
    principal: /user\/bob$/,
    action: 's3:DeleteObject',
    resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
    env: /"present":true/,
    decision: 'allowed',
    topic: 'mfa',
  },
  {
    name: 'boundary cuts a write the managed policy allows',
    world: 'welcome-practice',
    principal: /user\/erin$/,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
    decision: 'implicitDeny',
    topic: 'permissions-boundaries',
  },
  {
    name: 'upload from outside the office range',
    world: 'welcome-practice',
    principal: /user\/bob$/,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
    env: /198\.51\.100\.77(?!.*present)/,
    decision: 'implicitDeny',
    topic: 'conditions',
  },
  {
    name: 'bucket policy grants bob with no identity policy for it',
    world: 'welcome-practice',
    principal: /user\/bob$/,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
    env: /198\.51\.100\.77(?!.*present)/,
    decision: 'allowed',
    topic: 'resource-vs-identity',
  },
  {
    name: 'SCP denies bucket deletion to an administrator',
    world: 'organization',
    principal: /user\/dana$/,
    action: 's3:DeleteBucket',
    resource: 'arn:aws:s3:::workloads-prod-logs',
    decision: 'explicitDeny',
    topic: 'scp-rcp',
  },
  {
    name: 'cross-account read without the role',
    world: 'cross-account',
    principal: /user\/carol$/,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::lab-prod-data/data/report.csv',
    decision: 'implicitDeny',
    topic: 'cross-account',
  },
  {
    name: 'cross-account assume role: both sides allow',
    world: 'cross-account',
    principal: /user\/carol$/,
    action: 'sts:AssumeRole',
    resource: 'arn:aws:iam::222222222222:role/ProdS3Reader',
    decision: 'allowed',
    topic: 'cross-account',
  },
  {
    name: 'instance role reads its bucket',
    world: 'ec2',
    principal: /^i-/,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::app-data-444455556666/data/report.csv',
    decision: 'allowed',
    topic: 'ec2-roles',
  },
  {
    name: 'session policy narrows the role',
    world: 'cross-account-practice',
    principal: /carol-list-only$/,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::lab-prod-data/data/report.csv',
    decision: 'implicitDeny',
    topic: 'assume-role-session-policy',
  },
  {
    name: 'root cannot assume a role',
    world: 'cross-account',
    principal: /:root$/,
    action: 'sts:AssumeRole',
    resource: 'arn:aws:iam::222222222222:role/ProdS3Reader',
    decision: 'implicitDeny',
    topic: 'root-user',
  },
  {
    name: 'OIDC session writes the website',
    world: 'federation-practice',
    principal: /gha-website-main$/,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::example-website/data/report.csv',
    decision: 'allowed',
    topic: 'federation-oidc',
  },
  {
    name: 'identity deny beats identity allow',
    world: 'federation-practice',
    principal: /gha-website-main$/,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::example-website/private/notes.txt',
    decision: 'explicitDeny',
    topic: 'multiple-permissions',
  },
];

describe('topic from what decided (named cases)', () => {
  const cache = new Map<string, ReturnType<typeof candidatesOf>>();
  const of = (id: string) => {
    if (!cache.has(id)) cache.set(id, candidatesOf(world(id), id));
    return cache.get(id)!;
  };
  for (const c of CASES) {
    it(c.name, () => {
      const found = of(c.world).filter(
        (x) =>
          c.principal.test(x.scenario.principal.ref) &&
          x.scenario.request.action === c.action &&
          x.scenario.request.resource.arn === c.resource &&
          (!c.env || c.env.test(stableStringify(x.scenario.environment))),
      );
      expect(found.length, 'candidate exists').toBeGreaterThan(0);
      for (const x of found) {
        expect(x.scenario.result.decision).toBe(c.decision);
        expect(x.topic).toBe(c.topic);
      }
    });
  }
});

describe('stable hash', () => {
  it('is fixed across runs and platforms', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    expect(stableHash('abc')).not.toBe(stableHash('abd'));
    expect(stableHash('abc')).toMatch(/^[0-9a-z]{12,14}$/);
  });
  it('serializes objects independent of key order', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: null }] })).toBe(stableStringify({ a: [{ c: null, d: 2 }], b: 1 }));
  });
});

describe('items look exactly like bank predict items', () => {
  it('has the same keys as a hand-written predict-decision item', () => {
    const handWritten = (QUIZ_BANK_FILES as QuizBankFile[])
      .flatMap((f) => f.items)
      .find((i): i is PredictDecisionItem => i.kind === 'predict-decision')!;
    expect(Object.keys(items[0]).sort()).toEqual(Object.keys(handWritten).sort());
  });
});
