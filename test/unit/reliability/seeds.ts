/**
 * The stored documents the fault cases start from (faults.json names them): the learner's good data — five completed
 * lessons (their ids include `constructor` and `__proto__`), one exam attempt, the dark theme, one lesson pack, two
 * sandboxes — and the same data damaged in one way each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossAccountWorld, welcomeWorld } from '../../../shared/world/samples';
import { scenarioDocument } from '../../../shared/world/scenario/parse';

/** The small lesson pack fixture's text. */
export const PACK_TEXT = readFileSync(
  join(import.meta.dirname, '..', '..', 'fixtures', 'lesson-pack-small.json'),
  'utf8',
);

const done = (n: number) => ({ step: n, done: ['a', 'b', 'c'].slice(0, n), skipped: [], completed: true });

/** The good progress, as plain JSON data (built from text so `__proto__` is an own key). */
function goodProgress(): Record<string, unknown> {
  return JSON.parse(`{
    "version": 1,
    "lessons": {
      "lesson-a": ${JSON.stringify(done(1))},
      "lesson-b": ${JSON.stringify(done(2))},
      "lesson-c": ${JSON.stringify(done(3))},
      "constructor": ${JSON.stringify(done(1))},
      "__proto__": ${JSON.stringify(done(2))}
    },
    "review": { "version": 1, "cards": { "q2": { "box": 2, "dueAt": "2025-06-02T00:00:00.000Z", "lastAnsweredAt": "2025-05-30T00:00:00.000Z", "seen": 2, "lapses": 0 } } },
    "attempts": [{ "at": "2025-05-30T10:00:00.000Z", "mode": "exam", "exam": "clf", "correct": 18, "total": 20 }],
    "wrongPredictions": []
  }`);
}

function appDoc(progress: unknown, extra: Record<string, unknown> = {}): string {
  // Text assembled by hand: JSON.stringify of a parsed `__proto__` own key keeps it.
  return `{"version":1,"settings":{"theme":"dark","presenter":false,"lastArea":"lessons"},"windowState":null,"progress":${JSON.stringify(progress)}${Object.entries(
    extra,
  )
    .map(([k, v]) => `,${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join('')}}`;
}

const goodApp = () => appDoc(goodProgress());

/** App-document seeds by name. */
export const APP_SEEDS: Record<string, () => string> = {
  good: goodApp,
  corrupt: () => '{"version":1,"settings":{"theme":"dark"',
  truncated: () => goodApp().slice(0, Math.floor(goodApp().length / 2)),
  newer: () => JSON.stringify({ version: 7, settings: { theme: 'dark' }, progress: goodProgress(), future: [1] }),
  'progress-bad-lesson': () => {
    const p = goodProgress();
    (p.lessons as Record<string, unknown>)['broken-lesson'] = { step: 'two', done: 'x' };
    return appDoc(p);
  },
  'progress-bad-lists': () => {
    const p = goodProgress();
    (p.review as { cards: Record<string, unknown> }).cards.q1 = { box: 9 };
    (p.attempts as unknown[]).push({ at: 'yesterday', mode: 'exam' });
    p.wrongPredictions = [{ id: 7 }];
    return appDoc(p);
  },
  'progress-not-object': () => appDoc('garbage'),
  'progress-newer': () => appDoc({ ...goodProgress(), version: 2, streaks: { days: 4 } }),
  'settings-bad': () => goodApp().replace('"theme":"dark"', '"theme":"purple"'),
  'packs-bad-entry': () =>
    appDoc(goodProgress(), { lessonPacks: [{ id: 'class-pack', title: 'Class pack', text: PACK_TEXT }, 42] }),
  'pack-constructor': () =>
    appDoc(goodProgress(), {
      lessonPacks: [
        { id: 'class-pack', title: 'Class pack', text: PACK_TEXT.replaceAll('class-first-look', 'constructor') },
      ],
    }),
};

function goodWorlds(): Record<string, unknown> {
  const at = '2025-05-01T00:00:00.000Z';
  return {
    format: 'iam-lab-worlds',
    version: 1,
    activeWorldId: 'welcome',
    worlds: {
      welcome: {
        id: 'welcome',
        name: 'Welcome',
        createdAt: at,
        updatedAt: at,
        scenario: scenarioDocument(welcomeWorld()),
      },
      'cross-lab': {
        id: 'cross-lab',
        name: 'Cross lab',
        createdAt: '2025-05-02T00:00:00.000Z',
        updatedAt: at,
        scenario: scenarioDocument(crossAccountWorld()),
      },
    },
  };
}

/** Worlds-document seeds by name. */
export const WORLDS_SEEDS: Record<string, () => string> = {
  good: () => JSON.stringify(goodWorlds()),
  corrupt: () => 'not json at all',
  truncated: () => JSON.stringify(goodWorlds()).slice(0, 500),
  newer: () => JSON.stringify({ ...goodWorlds(), version: 9 }),
  'bad-world': () => {
    const doc = goodWorlds() as { worlds: Record<string, { scenario: { world: { accounts: unknown } } }> };
    doc.worlds['cross-lab'].scenario.world.accounts = 'not accounts';
    return JSON.stringify(doc);
  },
};
