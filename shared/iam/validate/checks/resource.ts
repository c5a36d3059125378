/** Resource / NotResource entries: `*` or an ARN of six parts; with a catalog, whether the ARN's service fits the actions. */
import type { StringItem, ValidationContext } from '../context';

const PARTITIONS = new Set([
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
]);

/** Check each resource string of a statement. */
export function checkResources(ctx: ValidationContext, items: StringItem[], actions: StringItem[]): void {
  for (const { value, path } of items) {
    if (value === '*') continue;
    const parts = value.split(':');
    const arnShaped = parts[0] === 'arn' && (parts.length >= 6 || value.includes('*'));
    if (!arnShaped || (parts.length >= 6 && parts[2] === '')) {
      ctx.report('resource.arn-format', path, { resource: value });
      continue;
    }
    const partition = parts[1];
    if (!PARTITIONS.has(partition) && !/[*?]|\$\{/.test(partition))
      ctx.report('resource.arn-partition', path, { resource: value, partition });
    checkServiceFit(ctx, value, parts[2] ?? '', path, actions);
  }
}

/**
 * With a catalog: warn when no action of the statement works on any resource type of the ARN's service
 * (e.g. `s3:GetObject` on a DynamoDB table). Only decided when every action resolves in the catalog.
 */
function checkServiceFit(
  ctx: ValidationContext,
  arn: string,
  arnService: string,
  path: string,
  actions: StringItem[],
): void {
  const catalog = ctx.catalog;
  if (!catalog || actions.length === 0 || arnService === '' || /[*?$]/.test(arnService)) return;
  const services = new Set<string>();
  for (const a of actions) {
    if (a.value === '*' || /[*?]/.test(a.value)) return;
    const info = catalog.actionInfo(a.value);
    if (!info) return;
    if (info.resourceTypes.length === 0) return; // actions without resource types take "*"
    const types = catalog.resourceTypes(info.service);
    if (!types) return;
    for (const rt of info.resourceTypes) {
      const t = types.find((x) => x.key === rt.name);
      if (!t) return;
      services.add(t.arn.split(':')[2] ?? '');
    }
  }
  if (services.size > 0 && !services.has(arnService)) {
    ctx.report('resource.arn-service-mismatch', path, {
      resource: arn,
      service: arnService,
      expected: [...services].sort(),
    });
  }
}
