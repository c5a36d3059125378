/**
 * Wrong theatre predictions in the learner's progress: the entry a wrong guess becomes (with a share that reopens the
 * scenario at that gate), the cap on stored worlds, the strict parser for the new optional fields, the one-time move
 * from the old local-storage key, and the generated practice questions computed in slices.
 */
import { describe, expect, it } from 'vitest';
import { emptyProgress, HISTORY_LIMIT, mergeProgress, parseProgress, type WrongPrediction } from '../../../shared/ipc/progress';
import { buildScript, predictionPoints, type RequestDraft } from '../../../shared/theatre';
import { welcomeWorld } from '../../../shared/world';
import {
  appendWrongPredictions,
  LEGACY_KEY,
  readLegacyMissed,
  reopenPrediction,
  SHARE_KEEP,
  wrongPredictionOf,
} from '../../../renderer/src/theatre/practiceLog';
import { generateInSlices, GENERATED_SEED, practiceWorldOf } from '../../../renderer/src/practice/generatedItems';
import { generatedBank } from '../../../shared/lessons/practice/generate';

const AT = '2026-01-02T03:04:05.000Z';
const draft: RequestDraft = { flow: 'call', principal: 'arn:aws:iam::111122223333:user/bob', action: 's3:GetObject', resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv', env: {} };

function missedEntry(id: string): WrongPrediction {
  const built = buildScript(welcomeWorld(), draft);
  if (!built.ok) throw new Error('script');
  const point = predictionPoints(built.script.events).find((p) => p.gate === 'identity')!;
  return wrongPredictionOf({ point, guess: 'allow', right: false }, draft, welcomeWorld(), AT, id);
}

describe('wrong predictions in the progress document', () => {
  it('a wrong guess becomes an entry that parses and reopens at its gate in predict mode', () => {
    const w = missedEntry('w1');
    expect(w).toMatchObject({ id: 'w1', at: AT, gate: 'identity', guess: 'allow', answer: 'implicit-deny' });
    expect(w.label).toContain('user/bob → s3:GetObject');
    const stored = parseProgress(JSON.parse(JSON.stringify(appendWrongPredictions(emptyProgress(), [w]))));
    expect(stored.ok).toBe(true);
    const back = reopenPrediction(stored.ok ? stored.value.wrongPredictions[0] : w)!;
    expect(back.world).toEqual(welcomeWorld());
    expect(back.draft).toEqual(draft);
    const built = buildScript(back.world!, back.draft);
    const point = predictionPoints(built.ok ? built.script.events : []).find((p) => p.gate === 'identity')!;
    expect(back.step).toBe(point.at - 1);
  });

  it(`keeps the world only in the newest ${SHARE_KEEP} entries, the request in older ones, and at most ${HISTORY_LIMIT}`, () => {
    const one = missedEntry('x');
    const many = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({ ...one, id: `w${i}` }));
    const p = appendWrongPredictions(emptyProgress(), many);
    expect(p.wrongPredictions).toHaveLength(HISTORY_LIMIT);
    expect(p.wrongPredictions[0].id).toBe('w5');
    expect(p.wrongPredictions.filter((w) => w.share !== undefined)).toHaveLength(SHARE_KEEP);
    const old = p.wrongPredictions[0];
    expect(old.share).toBeUndefined();
    expect(reopenPrediction(old)).toEqual({ draft, step: 0 });
  });

  it('the parser refuses wrongly typed optional fields with their path, and keeps good ones', () => {
    const good = { ...emptyProgress(), wrongPredictions: [{ id: 'a', at: AT, label: 'x', side: 'resource', request: draft }] };
    const r = parseProgress(good);
    expect(r.ok && r.value.wrongPredictions[0]).toMatchObject({ side: 'resource', request: draft });
    expect(parseProgress({ ...good, wrongPredictions: [{ id: 'a', at: AT, label: 'x', gate: 3 }] })).toMatchObject({ ok: false, error: { code: 'progress.bad-prediction', path: 'progress.wrongPredictions[0].gate' } });
    expect(parseProgress({ ...good, wrongPredictions: [{ id: 'a', at: AT, label: 'x', share: 'nope' }] })).toMatchObject({ ok: false, error: { path: 'progress.wrongPredictions[0].share' } });
    // Progress written before the field existed still parses.
    expect(parseProgress({ version: 1, lessons: {} }).ok).toBe(true);
  });

  it('import merge keeps entries from both sides once', () => {
    const a = appendWrongPredictions(emptyProgress(), [missedEntry('a')]);
    const b = appendWrongPredictions(emptyProgress(), [missedEntry('a'), missedEntry('b')]);
    expect(mergeProgress(a, b).wrongPredictions.map((w) => w.id)).toEqual(['a', 'b']);
  });

  it('moves entries of the old local-storage key (request only) and ignores junk', () => {
    const store = new Map<string, string>([[LEGACY_KEY, JSON.stringify([{ request: draft, gate: 'scp', side: 'single', guess: 'allow', answer: 'not-applicable' }, { nonsense: true }])]]);
    const storage = { getItem: (k: string) => store.get(k) ?? null, removeItem: (k: string) => void store.delete(k) };
    const moved = readLegacyMissed(storage, AT);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ at: AT, gate: 'scp', guess: 'allow', answer: 'not-applicable', request: draft });
    expect(moved[0].side).toBeUndefined();
    expect(parseProgress(appendWrongPredictions(emptyProgress(), moved)).ok).toBe(true);
    expect(reopenPrediction(moved[0])).toEqual({ draft, step: 0 });
    expect(readLegacyMissed({ getItem: () => '{bad json', removeItem: () => {} }, AT)).toEqual([]);
    expect(readLegacyMissed(undefined, AT)).toEqual([]);
  });
});

describe('generated practice questions in slices', () => {
  it('slices give exactly generatedBank(seed): same items, same ids, in order', () => {
    const slices: Array<() => void> = [];
    let items: ReturnType<typeof generatedBank> | null = null;
    generateInSlices((all) => (items = all), (work) => slices.push(work));
    let ran = 0;
    while (slices.length) {
      slices.shift()!();
      ran++;
    }
    expect(ran).toBeGreaterThan(5);
    const direct = generatedBank(GENERATED_SEED);
    expect(items!.map((i) => i.id)).toEqual(direct.map((i) => i.id));
    expect(items!.length).toBeGreaterThan(100);
    expect(new Set(items!.map((i) => i.id)).size).toBe(items!.length);
    // Each generated id names the practice world it was asked about.
    for (const item of items!.slice(0, 20)) expect(practiceWorldOf(item.id)).toBeDefined();
    expect(practiceWorldOf('gen-welcome-practice-abc')?.id).toBe('welcome-practice');
    expect(practiceWorldOf('iam-basics-001')).toBeUndefined();
  }, 60_000);
});
