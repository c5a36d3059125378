/**
 * ARN parsing and the segment-wise comparison used by the Arn* condition operators: the six parts
 * (`arn:partition:service:region:account:resource`) are compared one by one, wildcards staying inside their part
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN).
 */
import { compileGlob } from './glob';

/** The parts of an ARN. */
export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits an ARN into its parts, or returns undefined when the text is not an ARN. */
export function parseArn(arn: string): ArnParts | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const parts: string[] = [];
  let start = 4;
  for (let i = 0; i < 4; i++) {
    const next = arn.indexOf(':', start);
    if (next < 0) return undefined;
    parts.push(arn.slice(start, next));
    start = next + 1;
  }
  return { partition: parts[0], service: parts[1], region: parts[2], account: parts[3], resource: arn.slice(start) };
}

function splitSix(arn: string): string[] | undefined {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const next = arn.indexOf(':', start);
    if (next < 0) return undefined;
    out.push(arn.slice(start, next));
    start = next + 1;
  }
  out.push(arn.slice(start));
  return out;
}

/** ArnLike / ArnEquals: true when every ARN part of `value` matches the same part of `pattern`. */
export function arnLike(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const p = splitSix(pattern);
  const v = splitSix(value);
  if (!p || !v) return false;
  for (let i = 0; i < 6; i++) if (!compileGlob(p[i], false)(v[i])) return false;
  return true;
}

/** The last path segment of a resource part (`role/path/Name` → `Name`). */
export function lastSegment(resource: string): string {
  const i = resource.lastIndexOf('/');
  return i < 0 ? resource : resource.slice(i + 1);
}

/** The account of an ARN, or undefined when it has none (S3 buckets). */
export function accountOfArn(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  // The fourth field after `arn:` (partition, service, region, account), read without splitting the ARN.
  let start = 4;
  for (let i = 0; i < 3; i++) {
    const next = arn.indexOf(':', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = arn.indexOf(':', start);
  return end < 0 || end === start ? undefined : arn.slice(start, end);
}
