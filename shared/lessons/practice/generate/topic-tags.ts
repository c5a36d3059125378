/**
 * Exam tasks and documentation references for a generated question, taken from the hand-written bank: the tags and
 * refs most used by the bank's items of the same topic (its predict-decision items first). Retagging the bank (a new
 * exam guide) therefore retags generated questions too, with no table to keep in step here.
 */
import { QUIZ_BANK_FILES } from '../../quiz/index';
import type { QuizBankFile, QuizItem } from '../../quiz-types';
import type { TopicId } from '../../topics';

/** What a generated item of a topic is tagged with. */
export interface TopicTags {
  examTasks: string[];
  refs: string[];
}

/** The AWS page on policy evaluation logic: every generated question rests on it. */
export const EVALUATION_LOGIC_REF =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';

function topByCount(values: string[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([v]) => v);
}

/** Computes the tags of one topic from a list of bank items. */
export function tagsFromItems(items: readonly QuizItem[], topic: TopicId): TopicTags {
  const ofTopic = items.filter((i) => i.topic === topic);
  const predict = ofTopic.filter((i) => i.kind === 'predict-decision');
  const source = predict.length > 0 ? predict : ofTopic;
  const examTasks = topByCount(
    source.flatMap((i) => i.examTasks),
    2,
  );
  const refs = topByCount(
    source.flatMap((i) => i.refs),
    1,
  );
  if (!refs.includes(EVALUATION_LOGIC_REF)) refs.push(EVALUATION_LOGIC_REF);
  return { examTasks: examTasks.length > 0 ? examTasks : ['SAA-C03:1.1'], refs };
}

let cache: Map<TopicId, TopicTags> | undefined;

/** The tags of a topic, computed once from the built-in bank. */
export function topicTags(topic: TopicId): TopicTags {
  cache ??= new Map();
  let tags = cache.get(topic);
  if (!tags) {
    const items = (QUIZ_BANK_FILES as QuizBankFile[]).flatMap((f) => (Array.isArray(f?.items) ? f.items : []));
    tags = tagsFromItems(items, topic);
    cache.set(topic, tags);
  }
  return { examTasks: [...tags.examTasks], refs: [...tags.refs] };
}
