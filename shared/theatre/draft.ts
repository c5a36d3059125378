/**
 * What the request builder edits: who calls (and how the credentials were obtained), the action, the resource and the
 * environment. Plain JSON so it can travel in a share file. `buildScript` turns it into what the theatre plays.
 *
 * CAUTION: part of the theatre share-file format (`share.ts`). Change it only additively.
 */
import type { ContextValue } from '../iam/request';
import { putKey } from '../world/own';

/** How the principal got its credentials; picks the flow the stage shows before the call. */
export const FLOW_KINDS = ['call', 'assume-role', 'web-identity', 'ec2', 'saml', 'federation-token'] as const;
/** One flow kind. */
export type FlowKind = (typeof FLOW_KINDS)[number];

/** The environment of the call: the keys AWS takes from the request rather than from the principal. */
export interface DraftEnvironment {
  sourceIp?: string;
  /** ISO-8601 time of the request; defaults to the world clock. */
  time?: string;
  secureTransport?: boolean;
  mfaPresent?: boolean;
  /** Seconds since MFA sign-in. */
  mfaAgeSeconds?: number;
  requestTags?: Record<string, string>;
  /** Extra context keys (`s3:prefix`, `aws:SourceVpc`, ...). */
  extra?: Record<string, ContextValue>;
}

/** A request being built. */
export interface RequestDraft {
  flow: FlowKind;
  /** ARN of the caller (user, root, role, session), or an EC2 instance id for `ec2`. For `assume-role` the caller of AssumeRole. */
  principal: string;
  action: string;
  resource: string;
  env: DraftEnvironment;
  /** For `assume-role`, `web-identity` and `saml`: the role to assume. */
  roleArn?: string;
  /** The session name; for `federation-token` the federated user's name. */
  sessionName?: string;
  /** For `assume-role` and `federation-token`: the inline session policy as JSON text (may be empty). */
  sessionPolicy?: string;
  /**
   * For `web-identity`: the OIDC provider ARN and the token's claims. For `saml`: the SAML provider ARN and the
   * assertion (`sub`, `iss`, `aud`, `sub_type`, `namequalifier`; any other key is an attribute).
   */
  provider?: string;
  claims?: Record<string, string>;
}

/** Named environment presets the builder offers. */
export const ENV_PRESETS: Record<string, DraftEnvironment> = {
  'Office network, HTTPS, MFA': { sourceIp: '203.0.113.10', secureTransport: true, mfaPresent: true, mfaAgeSeconds: 300 },
  'Home network, no MFA': { sourceIp: '198.51.100.7', secureTransport: true, mfaPresent: false },
  'Plain HTTP': { sourceIp: '203.0.113.10', secureTransport: false, mfaPresent: false },
  'Old MFA sign-in (2 days)': { sourceIp: '203.0.113.10', secureTransport: true, mfaPresent: true, mfaAgeSeconds: 172800 },
  'Nothing set': {},
};

/** The request context keys of an environment (principal-derived keys are left to the engine). */
export function contextOf(env: DraftEnvironment): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = {};
  if (env.sourceIp) ctx['aws:SourceIp'] = env.sourceIp;
  if (env.secureTransport !== undefined) ctx['aws:SecureTransport'] = env.secureTransport;
  const tags = env.requestTags ?? {};
  if (Object.keys(tags).length) {
    ctx['aws:TagKeys'] = Object.keys(tags);
    for (const [k, v] of Object.entries(tags)) putKey(ctx, `aws:RequestTag/${k}`, v);
  }
  for (const [k, v] of Object.entries(env.extra ?? {})) putKey(ctx, k, v); // own property even for `__proto__`
  return ctx;
}
