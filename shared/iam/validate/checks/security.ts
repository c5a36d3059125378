/** Security warnings in the spirit of Access Analyzer: grants that are wider than they look. */
import { actionMatches } from '../../match/action';
import type { ValidationContext } from '../context';
import type { StatementParts } from './statement';

/** Run the security warnings on one statement. */
export function checkSecurity(ctx: ValidationContext, s: StatementParts): void {
  if (s.effect !== 'Allow') return;
  const p = s.node.path;
  const grantingKinds = ctx.kind === 'identity' || ctx.kind === 'resource' || ctx.kind === 'session';
  const allResources = s.resources.some((r) => r.value === '*');
  if (
    grantingKinds &&
    s.actions.some((a) => a.value === '*' || a.value === '*:*') &&
    allResources &&
    !s.has('Condition')
  ) {
    ctx.report('security.allow-all', p);
  }
  if (grantingKinds && allResources) {
    const passRole = s.actions.find((a) => a.value !== '*' && actionMatches(a.value, 'iam:PassRole'));
    if (passRole) ctx.report('security.passrole-wildcard', passRole.path, { action: passRole.value });
  }
  if (ctx.kind !== 'rcp' && s.has('NotAction'))
    ctx.report('security.allow-notaction', `${p}.NotAction`, undefined, true);
  if (ctx.kind !== 'rcp' && s.has('NotResource'))
    ctx.report('security.allow-notresource', `${p}.NotResource`, undefined, true);
  if ((ctx.kind === 'resource' || ctx.kind === 'trust') && !s.has('Condition') && isPublic(s.obj.Principal)) {
    ctx.report('principal.public-allow', `${p}.Principal`);
  }
}

function isPublic(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return false;
  const aws = (principal as Record<string, unknown>).AWS;
  return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
}
