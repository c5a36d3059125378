/**
 * `parseLesson`: the hand-written checker for lesson files. Every problem comes back as a diagnostic with a code and
 * the JSON path it concerns (`steps[3].checks[0].expect`); nothing throws on bad input. Imported packs go through
 * here too, so the markdown rules (no raw HTML, internal links only) hold for every lesson the app shows.
 */
import { isTopicId } from './topics';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  type Lesson,
  type LessonDiagnostic,
  type LessonStep,
  type LessonWorldSource,
} from './lesson-types';
import { readCommands } from './world-bridge';
import { readStep } from './checks/parse-step';
import { DiagnosticSink, at, isObject, noUnknownKeys, reqArray, reqMarkdown, reqString } from './checks/parse-util';

/** The outcome of parsing a lesson: the lesson, or every problem found. */
export type ParseLessonResult = { ok: true; lesson: Lesson } | { ok: false; diagnostics: LessonDiagnostic[] };

const TOP_KEYS = [
  'format',
  'version',
  'id',
  'title',
  'summary',
  'objectives',
  'topic',
  'examTasks',
  'estMinutes',
  'world',
  'setup',
  'steps',
];

/** Reads `world`: `{builtin: id}` or `{inline: scenario}`. */
function readWorld(v: unknown, sink: DiagnosticSink): LessonWorldSource {
  if (!isObject(v)) {
    sink.add(v === undefined ? 'lesson.missing' : 'lesson.not-object', 'world');
    return { builtin: '' };
  }
  if (typeof v.builtin === 'string' && Object.keys(v).length === 1) return { builtin: v.builtin };
  if ('inline' in v && Object.keys(v).length === 1 && isObject(v.inline)) return { inline: v.inline };
  sink.add('lesson.bad-world', 'world');
  return { builtin: '' };
}

/** Parses a lesson from JSON text or an already-parsed value. */
export function parseLesson(input: string | unknown): ParseLessonResult {
  const sink = new DiagnosticSink();
  let v: unknown = input;
  if (typeof input === 'string') {
    try {
      v = JSON.parse(input);
    } catch {
      return { ok: false, diagnostics: [{ code: 'lesson.bad-json', path: '' }] };
    }
  }
  if (!isObject(v)) return { ok: false, diagnostics: [{ code: 'lesson.not-object', path: '' }] };
  if (v.format !== LESSON_FORMAT) sink.add('lesson.bad-format', 'format');
  if (v.version !== LESSON_VERSION) {
    sink.add(
      typeof v.version === 'number' && v.version > LESSON_VERSION ? 'lesson.newer-version' : 'lesson.bad-version',
      'version',
    );
    return { ok: false, diagnostics: sink.list };
  }
  noUnknownKeys(v, TOP_KEYS, '', sink);
  const id = reqString(v, 'id', '', sink);
  if (id !== '' && !/^[a-z0-9][a-z0-9-]*$/.test(id)) sink.add('lesson.bad-id', 'id');
  const title = reqString(v, 'title', '', sink);
  const summary = reqMarkdown(v, 'summary', '', sink);
  const objectives = reqArray(v, 'objectives', '', sink);
  objectives.forEach((o, i) => {
    if (typeof o !== 'string' || o === '') sink.add('lesson.not-string', at('objectives', i));
  });
  const topic = reqString(v, 'topic', '', sink);
  if (topic !== '' && !isTopicId(topic)) sink.add('lesson.unknown-topic', 'topic');
  const examTasks = reqArray(v, 'examTasks', '', sink, false);
  examTasks.forEach((t, i) => {
    if (typeof t !== 'string' || !/^[A-Z]{3}-C0\d:\d+\.\d+$/.test(t))
      sink.add('lesson.bad-exam-task', at('examTasks', i));
  });
  if (typeof v.estMinutes !== 'number' || !(v.estMinutes > 0)) sink.add('lesson.bad-minutes', 'estMinutes');
  const world = readWorld(v.world, sink);
  const setup = v.setup === undefined ? undefined : readCommands(reqArray(v, 'setup', '', sink, false), 'setup', sink);
  const steps = reqArray(v, 'steps', '', sink)
    .map((s, i) => readStep(s, at('steps', i), sink))
    .filter((s): s is LessonStep => s !== null);
  const ids = new Set<string>();
  steps.forEach((s, i) => {
    if (ids.has(s.id)) sink.add('lesson.duplicate-id', at(at('steps', i), 'id'));
    ids.add(s.id);
  });
  if (sink.list.length > 0) return { ok: false, diagnostics: sink.list };
  const lesson: Lesson = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id,
    title,
    summary,
    objectives: objectives as string[],
    topic,
    examTasks: examTasks as string[],
    estMinutes: v.estMinutes as number,
    world,
    ...(setup ? { setup } : {}),
    steps,
  };
  return { ok: true, lesson };
}
