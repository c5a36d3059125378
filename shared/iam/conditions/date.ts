/**
 * Date operators: values are ISO 8601 dates/times or epoch seconds
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date).
 * A value that is not a date never matches.
 */
import type { OperatorSpec, ScalarValue } from './types';

const EPOCH = /^[+-]?\d+$/;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch for a date value, or NaN. */
export function toEpochMs(v: ScalarValue): number {
  if (typeof v === 'number') return v * 1000;
  if (typeof v === 'boolean') return NaN;
  const t = v.trim();
  if (EPOCH.test(t)) return Number(t) * 1000;
  if (!ISO.test(t)) return NaN;
  const withZone = /T/.test(t) && !/(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t + 'Z' : t;
  return Date.parse(withZone);
}

function date(cmp: (c: number, p: number) => boolean) {
  return (p: string, c: ScalarValue) => {
    const pm = toEpochMs(p);
    const cm = toEpochMs(c);
    return !Number.isNaN(pm) && !Number.isNaN(cm) && cmp(cm, pm);
  };
}

const eq = date((c, p) => c === p);

/** The date operator family. */
export const DATE_OPERATORS: readonly OperatorSpec[] = [
  { name: 'DateEquals', negated: false, variables: false, test: eq },
  { name: 'DateNotEquals', negated: true, variables: false, test: eq },
  { name: 'DateLessThan', negated: false, variables: false, test: date((c, p) => c < p) },
  { name: 'DateLessThanEquals', negated: false, variables: false, test: date((c, p) => c <= p) },
  { name: 'DateGreaterThan', negated: false, variables: false, test: date((c, p) => c > p) },
  { name: 'DateGreaterThanEquals', negated: false, variables: false, test: date((c, p) => c >= p) },
];
