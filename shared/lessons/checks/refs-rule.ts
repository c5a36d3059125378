/**
 * The sources rule: every explain step names the AWS documentation pages it rests on (`refs`), as quiz items and
 * engine cases do, so a fact that changes can be found and re-checked. A missing, empty or non-AWS list is a
 * diagnostic, which makes `lessons check` (and any import) fail for that lesson.
 */
import { type DiagnosticSink, at } from './parse-util';

/** Hosts a ref may point to: AWS's own documentation and sites. */
const AWS_HOST = /^https:\/\/(?:[a-z0-9-]+\.)*(?:aws\.amazon\.com|amazonaws\.cn)\/\S*$/;

/** True when `url` is an https address on an AWS documentation host. */
export function isAwsRef(url: unknown): url is string {
  return typeof url === 'string' && AWS_HOST.test(url);
}

/**
 * Reads a step's `refs`: at least one AWS page (`lesson.refs-missing` when absent or empty, `lesson.ref-not-aws` for
 * an entry that is not an https AWS address). Returns the valid entries.
 */
export function readRefs(v: Record<string, unknown>, path: string, sink: DiagnosticSink): string[] {
  const refs = v.refs;
  if (!Array.isArray(refs) || refs.length === 0) {
    sink.add('lesson.refs-missing', at(path, 'refs'));
    return [];
  }
  const out: string[] = [];
  refs.forEach((r, i) => {
    if (isAwsRef(r)) out.push(r);
    else sink.add('lesson.ref-not-aws', at(at(path, 'refs'), i));
  });
  return out;
}
