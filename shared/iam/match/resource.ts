/**
 * Resource matching: ARNs compare case-sensitively; `*` spans any characters including `:` and `/`, `?` matches one
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 */
import { compileGlob } from './glob';

/** True when the resource pattern (already variable-substituted) matches the requested resource ARN. */
export function resourceMatches(pattern: string, arn: string): boolean {
  return compileGlob(pattern, false)(arn);
}
