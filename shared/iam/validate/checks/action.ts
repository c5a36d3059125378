/** Action / NotAction entries: `service:Name` shape, wildcards, and (with a catalog) whether the service and action exist. */
import type { StringItem, ValidationContext } from '../context';
import { closestName } from './closest';

const SERVICE = /^[A-Za-z0-9-]+$/;
const NAME = /^[A-Za-z0-9_*?-]+$/;

/** Check each action string of a statement. */
export function checkActions(ctx: ValidationContext, items: StringItem[]): void {
  for (const { value, path } of items) {
    if (value.trim() === '') {
      ctx.report('action.empty', path);
      continue;
    }
    if (value === '*') continue;
    const colon = value.indexOf(':');
    if (colon < 0) {
      ctx.report('action.format', path, { action: value, reason: 'missing-colon' });
      continue;
    }
    const service = value.slice(0, colon);
    const name = value.slice(colon + 1);
    if (/[*?]/.test(service)) {
      ctx.report('action.service-wildcard', path, { action: value });
      continue;
    }
    if (!SERVICE.test(service) || !NAME.test(name)) {
      ctx.report('action.format', path, { action: value, reason: 'characters' });
      continue;
    }
    checkAgainstCatalog(ctx, value, service, name, path);
  }
}

function checkAgainstCatalog(
  ctx: ValidationContext,
  action: string,
  service: string,
  name: string,
  path: string,
): void {
  const catalog = ctx.catalog;
  if (!catalog) return;
  if (catalog.hasServiceList() && !catalog.hasService(service)) {
    const suggestion = closestName(service.toLowerCase(), catalog.listServices());
    ctx.report('action.service-unknown', path, suggestion ? { service, suggestion } : { service });
    return;
  }
  if (!catalog.isLoaded(service)) return;
  const known = /[*?]/.test(name)
    ? catalog.expandActionPattern(action).length > 0
    : catalog.actionInfo(action) !== undefined;
  if (known) return;
  const names = (catalog.listActions(service) ?? []).map((a) => a.name);
  const suggestion = /[*?]/.test(name) ? undefined : closestName(name, names);
  ctx.report(
    'action.unknown',
    path,
    suggestion ? { action, service, suggestion: `${service}:${suggestion}` } : { action, service },
  );
}
