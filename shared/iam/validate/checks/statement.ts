/** Checks of one statement: its elements, Effect, the element pairs that exclude each other, and the per-kind rules. */
import type { JsonValue } from '../../request';
import { isObject, stringItems, type StatementNode, type StringItem, type ValidationContext } from '../context';
import {
  IAM_STORED_KINDS,
  NO_PRINCIPAL_KINDS,
  PRINCIPAL_REQUIRED_KINDS,
  RESOURCE_REQUIRED_KINDS,
  STATEMENT_ELEMENTS,
  UNSUPPORTED_ELEMENTS,
} from '../kinds';
import { checkActions } from './action';
import { checkResources } from './resource';
import { checkPrincipal } from './principal';
import { checkCondition } from './condition';
import { checkKindRules } from './kind-rules';
import { checkSecurity } from './security';

/** The parts of a statement later checks need, already extracted. */
export interface StatementParts {
  node: StatementNode;
  obj: { [key: string]: JsonValue };
  effect?: 'Allow' | 'Deny';
  actions: StringItem[];
  notActions: StringItem[];
  resources: StringItem[];
  notResources: StringItem[];
  has: (element: string) => boolean;
}

/** Validate one statement and run the checks that depend on its kind. */
export function checkStatement(ctx: ValidationContext, node: StatementNode): void {
  if (!isObject(node.value)) {
    ctx.report('statement.not-object', node.path);
    return;
  }
  const obj = node.value;
  const has = (e: string) => Object.prototype.hasOwnProperty.call(obj, e);
  const p = (e: string) => `${node.path}.${e}`;

  for (const key of Object.keys(obj)) {
    if ((STATEMENT_ELEMENTS as readonly string[]).includes(key)) continue;
    const suggestion = STATEMENT_ELEMENTS.find((k) => k.toLowerCase() === key.toLowerCase());
    ctx.report('statement.unknown-element', p(key), suggestion ? { element: key, suggestion } : { element: key }, true);
  }

  // Sid
  if (has('Sid')) {
    const sid = obj.Sid;
    if (typeof sid !== 'string')
      ctx.report('statement.element-type', p('Sid'), { element: 'Sid', expected: 'a string' });
    else if (!/^[A-Za-z0-9]*$/.test(sid)) {
      ctx.report(
        IAM_STORED_KINDS.has(ctx.kind) || ctx.kind === 'scp' || ctx.kind === 'rcp'
          ? 'statement.sid-invalid'
          : 'statement.sid-characters',
        p('Sid'),
        { sid },
      );
    }
  }

  // Effect
  let effect: StatementParts['effect'];
  if (!has('Effect')) ctx.report('statement.missing-effect', node.path);
  else if (obj.Effect === 'Allow' || obj.Effect === 'Deny') effect = obj.Effect;
  else
    ctx.report('statement.effect-invalid', p('Effect'), {
      found: typeof obj.Effect === 'string' ? obj.Effect : JSON.stringify(obj.Effect),
    });

  // Action / NotAction
  if (has('Action') && has('NotAction')) ctx.report('statement.action-and-notaction', p('NotAction'), undefined, true);
  if (!has('Action') && !has('NotAction')) ctx.report('statement.missing-action', node.path);
  const actions = has('Action') ? stringItems(ctx, obj.Action, p('Action'), 'Action') : [];
  const notActions = has('NotAction') ? stringItems(ctx, obj.NotAction, p('NotAction'), 'NotAction') : [];

  // Resource / NotResource
  const hasResource = has('Resource') || has('NotResource');
  if (has('Resource') && has('NotResource'))
    ctx.report('statement.resource-and-notresource', p('NotResource'), undefined, true);
  if (ctx.kind === 'trust') {
    for (const e of ['Resource', 'NotResource'])
      if (has(e)) ctx.report('statement.resource-not-allowed', p(e), { element: e, kind: ctx.kind }, true);
  } else if (!hasResource) {
    if (RESOURCE_REQUIRED_KINDS.has(ctx.kind)) ctx.report('statement.missing-resource', node.path, { kind: ctx.kind });
    else ctx.report('statement.missing-resource-resource-policy', node.path);
  }
  const resources =
    has('Resource') && ctx.kind !== 'trust' ? stringItems(ctx, obj.Resource, p('Resource'), 'Resource') : [];
  const notResources =
    has('NotResource') && ctx.kind !== 'trust'
      ? stringItems(ctx, obj.NotResource, p('NotResource'), 'NotResource')
      : [];

  // Principal / NotPrincipal
  const hasPrincipal = has('Principal') || has('NotPrincipal');
  if (NO_PRINCIPAL_KINDS.has(ctx.kind)) {
    for (const e of ['Principal', 'NotPrincipal'])
      if (has(e)) ctx.report('statement.principal-not-allowed', p(e), { element: e, kind: ctx.kind }, true);
  } else {
    if (has('Principal') && has('NotPrincipal'))
      ctx.report('statement.principal-and-notprincipal', p('NotPrincipal'), undefined, true);
    if (!hasPrincipal && PRINCIPAL_REQUIRED_KINDS.has(ctx.kind))
      ctx.report('statement.missing-principal', node.path, { kind: ctx.kind });
    if (has('NotPrincipal') && effect === 'Allow')
      ctx.report('statement.notprincipal-with-allow', p('NotPrincipal'), undefined, true);
    for (const e of ['Principal', 'NotPrincipal']) if (has(e)) checkPrincipal(ctx, obj[e], p(e));
  }
  for (const e of UNSUPPORTED_ELEMENTS[ctx.kind] ?? []) {
    if (has(e)) ctx.report('statement.element-not-supported', p(e), { element: e, kind: ctx.kind }, true);
  }

  checkActions(ctx, [...actions, ...notActions]);
  checkResources(ctx, [...resources, ...notResources], actions);
  if (has('Condition')) checkCondition(ctx, obj.Condition, p('Condition'), effect);

  const parts: StatementParts = { node, obj, effect, actions, notActions, resources, notResources, has };
  checkKindRules(ctx, parts);
  checkSecurity(ctx, parts);
}
