/**
 * Checks quiz items and bank files (diagnostics with JSON paths, never exceptions) and grades answers.
 * Pure: no I/O; the caller hands in parsed JSON and the set of known exam task ids.
 */
import type { QuizAnswer, QuizBankFile, QuizDiagnostic, QuizItem } from './quiz-types';
import { QUIZ_KINDS } from './quiz-types';
import { isAwsRef } from './checks/refs-rule';
import { isTopicId } from './topics';

/** What the checker needs to know beyond the item itself. */
export interface QuizCheckContext {
  /** Known exam task ids; when given, every `examTasks` entry must be one of them. */
  taskIds?: ReadonlySet<string>;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HTML_TAG = /<\/?[a-zA-Z!][^>]*>/;
const DECISIONS = ['allowed', 'explicitDeny', 'implicitDeny'];
const COMMON_FIELDS = ['id', 'version', 'kind', 'topic', 'examTasks', 'difficulty', 'prompt', 'refs'];
const KIND_FIELDS: Record<string, string[]> = {
  single: ['options'],
  multiple: ['options'],
  'order-gates': ['steps', 'correctOrder', 'explanation'],
  matching: ['prompts', 'responses', 'correctPairs', 'explanation'],
  'predict-decision': ['scenario', 'answer', 'explanation'],
};

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

/** Collects diagnostics while walking one value. */
class Findings {
  readonly list: QuizDiagnostic[] = [];
  error(code: string, path: string, data?: Record<string, unknown>): void {
    this.list.push(data ? { code, severity: 'error', path, data } : { code, severity: 'error', path });
  }
  warn(code: string, path: string, data?: Record<string, unknown>): void {
    this.list.push(data ? { code, severity: 'warning', path, data } : { code, severity: 'warning', path });
  }
  /** A required piece of markdown-lite text: present, non-empty, no HTML. */
  text(obj: Obj, key: string, base: string, code: string): void {
    const v = obj[key];
    if (!isText(v)) this.error(`${code}-missing`, `${base}.${key}`);
    else if (HTML_TAG.test(v)) this.error('quiz.text.html', `${base}.${key}`);
  }
}

function checkOptions(item: Obj, base: string, f: Findings): void {
  const options = item.options;
  if (!Array.isArray(options) || options.length < 2) {
    f.error('quiz.options.too-few', `${base}.options`, { min: 2 });
    return;
  }
  const ids = new Set<string>();
  let correct = 0;
  options.forEach((opt, i) => {
    const p = `${base}.options[${i}]`;
    if (!isObj(opt)) {
      f.error('quiz.option.not-object', p);
      return;
    }
    if (!isText(opt.id)) f.error('quiz.option.id-missing', `${p}.id`);
    else if (ids.has(opt.id)) f.error('quiz.option.id-duplicate', `${p}.id`, { id: opt.id });
    else ids.add(opt.id);
    f.text(opt, 'text', p, 'quiz.option.text');
    f.text(opt, 'explanation', p, 'quiz.option.explanation');
    if (typeof opt.correct !== 'boolean') f.error('quiz.option.correct-not-boolean', `${p}.correct`);
    else if (opt.correct) correct++;
  });
  if (item.kind === 'single' && correct !== 1) {
    f.error('quiz.single.correct-count', `${base}.options`, { correct });
  }
  if (item.kind === 'multiple') {
    if (correct < 2) f.error('quiz.multiple.too-few-correct', `${base}.options`, { correct });
    if (correct === options.length) f.error('quiz.multiple.all-correct', `${base}.options`);
  }
}

function checkOrder(item: Obj, base: string, f: Findings): void {
  const steps = item.steps;
  const ids: string[] = [];
  if (!Array.isArray(steps) || steps.length < 3) {
    f.error('quiz.steps.too-few', `${base}.steps`, { min: 3 });
  } else {
    steps.forEach((s, i) => {
      const p = `${base}.steps[${i}]`;
      if (!isObj(s) || !isText(s.id)) return f.error('quiz.step.id-missing', `${p}.id`);
      if (ids.includes(s.id)) f.error('quiz.step.id-duplicate', `${p}.id`, { id: s.id });
      ids.push(s.id);
      f.text(s, 'text', p, 'quiz.step.text');
    });
  }
  const order = item.correctOrder;
  if (!Array.isArray(order) || !order.every((x) => typeof x === 'string')) {
    f.error('quiz.order.not-list', `${base}.correctOrder`);
  } else {
    const sorted = [...order].sort().join('\u0000');
    if (order.length !== ids.length || sorted !== [...ids].sort().join('\u0000')) {
      f.error('quiz.order.not-permutation', `${base}.correctOrder`);
    } else if (order.every((id, i) => ids[i] === id)) {
      f.warn('quiz.order.shown-in-order', `${base}.steps`);
    }
  }
  f.text(item, 'explanation', base, 'quiz.explanation');
}

/** Reads a list of `{id, text}` entries; returns their ids (duplicates reported). */
function checkEntries(list: unknown, path: string, min: number, max: number, f: Findings): string[] {
  const ids: string[] = [];
  if (!Array.isArray(list) || list.length < min || list.length > max) {
    f.error('quiz.match.entries-count', path, { min, max });
    if (!Array.isArray(list)) return ids;
  }
  list.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(e) || !isText(e.id)) return f.error('quiz.match.id-missing', `${p}.id`);
    if (ids.includes(e.id)) f.error('quiz.match.id-duplicate', `${p}.id`, { id: e.id });
    ids.push(e.id);
    f.text(e, 'text', p, 'quiz.match.text');
  });
  return ids;
}

function checkMatching(item: Obj, base: string, f: Findings): void {
  const prompts = checkEntries(item.prompts, `${base}.prompts`, 3, 7, f);
  const responses = checkEntries(item.responses, `${base}.responses`, 2, 10, f);
  const pairs = item.correctPairs;
  if (!Array.isArray(pairs)) {
    f.error('quiz.match.pairs-not-list', `${base}.correctPairs`);
  } else {
    const paired = new Set<string>();
    pairs.forEach((pair, i) => {
      const p = `${base}.correctPairs[${i}]`;
      if (!isObj(pair) || !prompts.includes(pair.prompt as string)) return f.error('quiz.match.pair-prompt', p);
      if (!responses.includes(pair.response as string)) return f.error('quiz.match.pair-response', p);
      if (paired.has(pair.prompt as string)) f.error('quiz.match.prompt-paired-twice', p, { prompt: pair.prompt });
      paired.add(pair.prompt as string);
    });
    const missing = prompts.filter((id) => !paired.has(id));
    if (missing.length > 0) f.error('quiz.match.prompt-unpaired', `${base}.correctPairs`, { prompts: missing });
  }
  f.text(item, 'explanation', base, 'quiz.explanation');
}

function checkPredict(item: Obj, base: string, f: Findings): void {
  const s = item.scenario;
  if (!isObj(s)) {
    f.error('quiz.scenario.missing', `${base}.scenario`);
  } else {
    if (!isObj(s.principal) || typeof s.principal.kind !== 'string') {
      f.error('quiz.scenario.principal-missing', `${base}.scenario.principal`);
    }
    if (!isText(s.action)) f.error('quiz.scenario.action-missing', `${base}.scenario.action`);
    if (!isObj(s.resource) || !isText(s.resource.arn)) {
      f.error('quiz.scenario.resource-missing', `${base}.scenario.resource.arn`);
    }
    if (!isObj(s.policies)) f.error('quiz.scenario.policies-missing', `${base}.scenario.policies`);
  }
  if (!DECISIONS.includes(item.answer as string)) {
    f.error('quiz.answer.not-decision', `${base}.answer`, { value: item.answer });
  }
  f.text(item, 'explanation', base, 'quiz.explanation');
}

/** Checks one quiz item found at `base` (a JSON path). Returns its diagnostics; an empty list means valid. */
export function validateQuizItem(value: unknown, base = '$', ctx: QuizCheckContext = {}): QuizDiagnostic[] {
  const f = new Findings();
  if (!isObj(value)) {
    f.error('quiz.item.not-object', base);
    return f.list;
  }
  const item = value;
  if (!isText(item.id)) f.error('quiz.id.missing', `${base}.id`);
  else if (!KEBAB.test(item.id)) f.error('quiz.id.not-kebab', `${base}.id`, { id: item.id });
  if (item.version !== 1) f.error('quiz.version.unsupported', `${base}.version`, { value: item.version });
  const kind = item.kind as string;
  if (!(QUIZ_KINDS as readonly string[]).includes(kind)) {
    f.error('quiz.kind.unknown', `${base}.kind`, { value: item.kind });
    return f.list;
  }
  if (!isTopicId(item.topic)) f.error('quiz.topic.unknown', `${base}.topic`, { value: item.topic });
  if (!Array.isArray(item.examTasks) || item.examTasks.length === 0) {
    f.error('quiz.exam-tasks.missing', `${base}.examTasks`);
  } else {
    item.examTasks.forEach((t, i) => {
      if (typeof t !== 'string') f.error('quiz.exam-task.not-string', `${base}.examTasks[${i}]`);
      else if (ctx.taskIds && !ctx.taskIds.has(t)) {
        f.error('quiz.exam-task.unknown', `${base}.examTasks[${i}]`, { value: t });
      }
    });
  }
  if (![1, 2, 3].includes(item.difficulty as number)) {
    f.error('quiz.difficulty.out-of-range', `${base}.difficulty`, { value: item.difficulty });
  }
  f.text(item, 'prompt', base, 'quiz.prompt');
  if (!Array.isArray(item.refs) || item.refs.length === 0) {
    f.error('quiz.refs.missing', `${base}.refs`);
  } else {
    item.refs.forEach((r, i) => {
      if (typeof r !== 'string' || !/^https:\/\/\S+$/.test(r)) f.error('quiz.ref.not-url', `${base}.refs[${i}]`);
      else if (!isAwsRef(r)) f.error('quiz.ref.not-aws', `${base}.refs[${i}]`);
    });
  }
  if (kind === 'single' || kind === 'multiple') checkOptions(item, base, f);
  else if (kind === 'order-gates') checkOrder(item, base, f);
  else if (kind === 'matching') checkMatching(item, base, f);
  else checkPredict(item, base, f);
  const known = new Set([...COMMON_FIELDS, ...KIND_FIELDS[kind]]);
  for (const key of Object.keys(item)) {
    if (!known.has(key)) f.warn('quiz.item.unknown-field', `${base}.${key}`, { field: key });
  }
  return f.list;
}

/** Checks a whole bank file: its header, each item, that items belong to the file's topic, and unique ids. */
export function validateBankFile(value: unknown, ctx: QuizCheckContext = {}): QuizDiagnostic[] {
  const f = new Findings();
  if (!isObj(value)) {
    f.error('quiz.file.not-object', '$');
    return f.list;
  }
  if (value.version !== 1) f.error('quiz.version.unsupported', '$.version', { value: value.version });
  if (!isTopicId(value.topic)) f.error('quiz.topic.unknown', '$.topic', { value: value.topic });
  if (!Array.isArray(value.items)) {
    f.error('quiz.file.items-missing', '$.items');
    return f.list;
  }
  const seen = new Set<string>();
  value.items.forEach((item, i) => {
    const base = `$.items[${i}]`;
    f.list.push(...validateQuizItem(item, base, ctx));
    if (!isObj(item)) return;
    if (isTopicId(value.topic) && item.topic !== value.topic) {
      f.error('quiz.topic.file-mismatch', `${base}.topic`, { file: value.topic, item: item.topic });
    }
    if (typeof item.id === 'string') {
      if (seen.has(item.id)) f.error('quiz.id.duplicate', `${base}.id`, { id: item.id });
      seen.add(item.id);
    }
  });
  return f.list;
}

/** True when a list of diagnostics has no error (warnings allowed). */
export function hasNoErrors(diagnostics: readonly QuizDiagnostic[]): boolean {
  return diagnostics.every((d) => d.severity !== 'error');
}

/** Narrows an already validated bank file to its type (call only after `validateBankFile` found no error). */
export function asBankFile(value: unknown): QuizBankFile {
  return value as QuizBankFile;
}

/** The outcome of grading one answer. */
export interface QuizGrade {
  correct: boolean;
  /** The answer was for another kind of item (counts as wrong). */
  kindMismatch?: boolean;
  /** Choice items: options chosen that are wrong. */
  wrongChosen?: string[];
  /** Choice items: correct options not chosen. */
  correctMissed?: string[];
  /** Order items: index of the first step out of place, or -1. */
  firstMisplaced?: number;
  /** Matching items: the prompts matched wrongly or not at all. */
  wrongPrompts?: string[];
  /** Predict items: the decision AWS makes. */
  expected?: string;
}

/** Grades one answer against its item. All-or-nothing, as on the exams: a multiple-choice item needs the exact set. */
export function gradeAnswer(item: QuizItem, answer: QuizAnswer): QuizGrade {
  if (answer.kind !== item.kind) return { correct: false, kindMismatch: true };
  switch (item.kind) {
    case 'single':
    case 'multiple': {
      const chosen = answer.kind === 'single' ? [answer.optionId] : answer.kind === 'multiple' ? answer.optionIds : [];
      const chosenSet = new Set(chosen);
      const right = item.options.filter((o) => o.correct).map((o) => o.id);
      const wrongChosen = item.options.filter((o) => !o.correct && chosenSet.has(o.id)).map((o) => o.id);
      const known = new Set(item.options.map((o) => o.id));
      const unknown = [...chosenSet].filter((id) => !known.has(id));
      const correctMissed = right.filter((id) => !chosenSet.has(id));
      const wrong = [...wrongChosen, ...unknown];
      return { correct: wrong.length === 0 && correctMissed.length === 0, wrongChosen: wrong, correctMissed };
    }
    case 'order-gates': {
      const order = answer.kind === 'order-gates' ? answer.order : [];
      let firstMisplaced = item.correctOrder.findIndex((id, i) => order[i] !== id);
      if (firstMisplaced < 0 && order.length !== item.correctOrder.length) firstMisplaced = item.correctOrder.length;
      return { correct: firstMisplaced < 0, firstMisplaced };
    }
    case 'matching': {
      const given = new Map<string, string>();
      for (const p of answer.kind === 'matching' ? answer.pairs : []) given.set(p.prompt, p.response);
      const wrongPrompts = item.correctPairs.filter((p) => given.get(p.prompt) !== p.response).map((p) => p.prompt);
      return { correct: wrongPrompts.length === 0, wrongPrompts };
    }
    case 'predict-decision': {
      const decision = answer.kind === 'predict-decision' ? answer.decision : undefined;
      return { correct: decision === item.answer, expected: item.answer };
    }
  }
}
