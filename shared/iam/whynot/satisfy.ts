/**
 * A context value that would satisfy a condition, when one can be read off the policy values (equality, Like with
 * wildcards filled in, the network address of a CIDR, a number just inside a bound). Undefined when none is obvious.
 */
import { splitOperator } from '../policy/parse';

/** A value that makes the condition true, or undefined. */
export function satisfyingValue(operator: string, policyValues: readonly string[]): string | undefined {
  const { base } = splitOperator(operator);
  const b = base.toLowerCase();
  const v = policyValues[0];
  if (v === undefined) return undefined;
  if (b.includes('not')) return undefined;
  if (
    b === 'stringequals' ||
    b === 'stringequalsignorecase' ||
    b === 'bool' ||
    b === 'binaryequals' ||
    b === 'numericequals' ||
    b === 'dateequals'
  )
    return v;
  if (b === 'stringlike' || b === 'arnlike' || b === 'arnequals') return v.replace(/\*/g, 'x').replace(/\?/g, 'x');
  if (b === 'ipaddress') return v.split('/')[0];
  const n = Number(v);
  if (!Number.isNaN(n)) {
    if (b === 'numericlessthan') return String(n - 1);
    if (b === 'numericlessthanequals' || b === 'numericgreaterthanequals') return v;
    if (b === 'numericgreaterthan') return String(n + 1);
  }
  if (b.startsWith('date')) return b === 'datelessthan' || b === 'dategreaterthan' ? undefined : v;
  return undefined;
}
