import type { EvaluationRequest } from '../../../../shared/iam/request';
import { graphNodeOfPrincipal } from '../../../../shared/theatre';

/**
 * What the Evaluate graph opens on in presenter mode, most important first (the graph shows as many as fit at the
 * presenter's legible zoom): the lit nodes with the resource right after the policy in focus (the principal often lies
 * far from both), or — when the step lights nothing, as at an implicit deny with no policy in focus — who asks and
 * the resource.
 */
export function stepInterest(lit: readonly string[], request: EvaluationRequest | undefined): string[] {
  const resource = request?.resource.arn;
  const [first, ...rest] = lit;
  if (first !== undefined)
    return [first, ...rest.filter((id) => id === resource), ...rest.filter((id) => id !== resource)];
  if (!request) return [];
  return [graphNodeOfPrincipal(request), resource].filter((id): id is string => !!id);
}
