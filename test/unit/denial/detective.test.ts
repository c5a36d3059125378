/** Detective practice: generated puzzles read back as AWS messages, and the engine grades type, statement and fix. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCloudTrailEvent, parseDenialMessage } from '../../../shared/iam/denial';
import {
  detectiveScore,
  generatePuzzles,
  gradeDetective,
  type DetectivePuzzle,
} from '../../../shared/lessons/practice/detective';
import { PRACTICE_WORLDS } from '../../../shared/lessons/practice/generate/practice-worlds';
import type { World } from '../../../shared/world/types';

const W = '111122223333';
const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';
const worldOf = (id: string): World => PRACTICE_WORLDS.find((w) => w.id === id)!.build();
const scs = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../shared/lessons/exams/SCS-C03.json'), 'utf8'),
) as { domains: Array<{ tasks: Array<{ id: string }> }> };
const TASKS = new Set(scs.domains.flatMap((d) => d.tasks.map((t) => t.id)));

describe('generatePuzzles', () => {
  const all = (
    ['welcome-practice', 'cross-account-practice', 'ec2-practice', 'organization-practice'] as const
  ).flatMap((id) => generatePuzzles(worldOf(id), id));

  it('is deterministic and gives unique ids', () => {
    const again = generatePuzzles(worldOf('welcome-practice'), 'welcome-practice');
    expect(again).toEqual(all.filter((p) => p.worldId === 'welcome-practice'));
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('covers every policy type the engine decides with, explicit and implicit', () => {
    const kinds = new Set(all.map((p) => `${p.solution.kind}-${p.solution.policyType}`));
    for (const k of [
      'explicit-identity',
      'implicit-identity',
      'explicit-resource',
      'implicit-resource',
      'implicit-boundary',
      'implicit-session',
      'explicit-scp',
      'explicit-rcp',
    ])
      expect(kinds, k).toContain(k);
  });

  it('each message and event reads back to the hidden solution', () => {
    for (const p of all) {
      const m = parseDenialMessage(p.message).parsed;
      const isTrust = /^sts:AssumeRole/.test(p.replay.action) && p.solution.kind === 'implicit';
      if (!isTrust) expect(m, p.id).toMatchObject({ policyType: p.solution.policyType, kind: p.solution.kind });
      expect(m?.action).toBe(p.replay.action);
      const e = parseCloudTrailEvent(p.event).parsed;
      expect(e?.principalArn, p.id).toBe(m?.principalArn);
    }
  });

  it('is tagged to SCS-C03 troubleshooting tasks that exist in the exam map', () => {
    for (const p of all) {
      expect(p.examTasks).toContain('SCS-C03:4.2');
      for (const t of p.examTasks) expect(TASKS, t).toContain(t);
      if (p.solution.policyType === 'scp' || p.solution.policyType === 'rcp')
        expect(p.examTasks).toContain('SCS-C03:6.1');
    }
  });
});

describe('gradeDetective', () => {
  const world = worldOf('welcome-practice');
  const puzzles = generatePuzzles(world, 'welcome-practice');
  const find = (f: (p: DetectivePuzzle) => boolean) => {
    const p = puzzles.find(f);
    if (!p) throw new Error('puzzle not generated');
    return p;
  };
  const alicePut = find((p) => p.replay.principal.endsWith('user/alice') && p.replay.action === 's3:PutObject');
  const bobDelete = find((p) => p.replay.principal.endsWith('user/bob') && p.solution.kind === 'explicit');
  const allowPut = (resource: string, action = 's3:PutObject') => ({
    type: 'put-inline-policy' as const,
    to: 'user' as const,
    name: 'alice',
    policyName: 'Fix',
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
    } as never,
  });

  it('a full answer with a minimal fix scores 10', () => {
    const g = gradeDetective(alicePut, world, { policyType: 'identity', statement: null, fix: allowPut(OBJECT) });
    expect(g).toMatchObject({
      policyType: { correct: true },
      statement: { correct: true },
      fix: { code: 'practice.fix-minimal', alsoAllows: [] },
      points: 10,
    });
    expect(detectiveScore(g, alicePut, ['cloudtrail-event', 'identity-policies'])).toBe(7);
  });

  it('a fix that also grants other requests is too broad; one that does not allow the request does not work', () => {
    const broad = gradeDetective(alicePut, world, {
      policyType: 'identity',
      statement: null,
      fix: allowPut('*', 's3:*'),
    });
    expect(broad.fix.code).toBe('practice.fix-too-broad');
    expect(broad.fix.alsoAllows.length).toBeGreaterThan(0);
    expect(broad.points).toBe(8);
    const wrong = gradeDetective(alicePut, world, {
      policyType: 'identity',
      statement: null,
      fix: allowPut(OBJECT, 's3:GetObject'),
    });
    expect(wrong.fix.code).toBe('practice.fix-does-not-work');
    const refused = gradeDetective(alicePut, world, {
      fix: { type: 'attach-policy', to: 'user', name: 'alice', policyArn: `arn:aws:iam::${W}:policy/Nope` },
    });
    expect(refused.fix.code).toBe('practice.fix-refused');
    expect(gradeDetective(alicePut, world, {}).fix.code).toBe('practice.fix-missing');
  });

  it('an explicit deny needs its Deny statement named, and the wrong type scores nothing for it', () => {
    const [deny] = bobDelete.solution.statements;
    const right = gradeDetective(bobDelete, world, { policyType: 'identity', statement: deny });
    expect(right.statement.correct).toBe(true);
    expect(right.points).toBe(6);
    const wrong = gradeDetective(bobDelete, world, { policyType: 'scp', statement: null });
    expect(wrong).toMatchObject({
      policyType: { correct: false, expected: 'identity' },
      statement: { correct: false },
      points: 0,
    });
  });
});
