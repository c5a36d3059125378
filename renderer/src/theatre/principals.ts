/** The principals, roles, providers and resources a world offers to the request builder, as labelled options. */
import type { World } from '../../../shared/world';
import { s3BucketArnOf } from '../../../shared/world/arn';

/** One option of a select. */
export interface Option {
  value: string;
  label: string;
}

/** Callers: root users, IAM users, roles (as a role session), live sessions, EC2 instances. */
export function principalOptions(world: World): Option[] {
  const out: Option[] = [];
  for (const a of Object.values(world.accounts)) {
    const acct = a.name ? `${a.name} ${a.id}` : a.id;
    out.push({ value: a.root.arn, label: `root user (${acct})` });
    for (const u of Object.values(a.users)) out.push({ value: u.arn, label: `IAM user ${u.name} (${acct})` });
    for (const r of Object.values(a.roles)) out.push({ value: r.arn, label: `role session of ${r.name} (${acct})` });
    for (const i of Object.values(a.instances))
      out.push({ value: i.id, label: `EC2 instance ${i.name ?? i.id} (${acct})` });
  }
  for (const [key, s] of Object.entries(world.sessions))
    out.push(
      s.kind === 'session-token'
        ? { value: key, label: `temporary credentials of ${s.sessionName}${s.mfa ? ' with MFA' : ''} (${key})` }
        : {
            value: s.arn,
            label: `${s.kind === 'federated' ? 'federated user session' : 'role session'} ${s.sessionName}`,
          },
    );
  return out;
}

/** Roles to assume. */
export function roleOptions(world: World): Option[] {
  return Object.values(world.accounts).flatMap((a) =>
    Object.values(a.roles).map((r) => ({ value: r.arn, label: `${r.name} (${a.name ?? a.id})` })),
  );
}

/** OIDC providers. */
export function providerOptions(world: World): Option[] {
  return Object.values(world.accounts).flatMap((a) =>
    Object.values(a.identityProviders)
      .filter((p) => p.kind === 'oidc')
      .map((p) => ({ value: p.arn, label: p.arn.split('oidc-provider/')[1] ?? p.arn })),
  );
}

/** SAML providers. */
export function samlProviderOptions(world: World): Option[] {
  return Object.values(world.accounts).flatMap((a) =>
    Object.values(a.identityProviders)
      .filter((p) => p.kind === 'saml')
      .map((p) => ({ value: p.arn, label: p.arn.split('saml-provider/')[1] ?? p.arn })),
  );
}

/** Resources of the world (plus their objects' wildcard), roles and users, for the resource field. */
export function resourceOptions(world: World): Option[] {
  const out: Option[] = [{ value: '*', label: 'no specific resource' }];
  for (const a of Object.values(world.accounts)) {
    for (const r of Object.values(a.resources)) out.push({ value: r.arn, label: `${r.kind} ${r.name}` });
    for (const r of Object.values(a.roles)) out.push({ value: r.arn, label: `role ${r.name}` });
    for (const u of Object.values(a.users)) out.push({ value: u.arn, label: `user ${u.name}` });
  }
  return out;
}

/** Tags of the world resource with this ARN (read-only in the builder: they come from the resource). */
export function resourceTags(world: World, arn: string): Record<string, string> {
  const bucket = s3BucketArnOf(arn);
  for (const a of Object.values(world.accounts)) {
    const r = a.resources[arn] ?? (bucket === undefined ? undefined : a.resources[bucket]);
    if (r) return r.tags;
  }
  return {};
}
