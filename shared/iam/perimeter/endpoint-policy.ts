/**
 * VPC endpoint policies, modelled beside the engine. A request that travels through a VPC endpoint carries
 * `aws:SourceVpce` = the endpoint's id, and the endpoint's policy must **also** allow it: the policy (which has a
 * `Principal` element, like a resource-based policy) never grants anything by itself, and a Deny in it wins.
 * That is the shape of an RCP gate, so the model runs the endpoint policy through the engine as a one-level filter
 * of that kind, next to allow-everything identity policies; the request's own decision comes from its real policies.
 * Limit: the filter gate covers the services RCPs cover (S3, STS, SQS, KMS, Secrets Manager, ...).
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html)
 */
import { evaluate } from '../evaluate/evaluate';
import type { Decision, EvaluationRequest, JsonValue } from '../request';

/** A VPC endpoint and its policy (AWS's default endpoint policy allows everything). */
export interface VpcEndpoint {
  /** `vpce-…` */
  id: string;
  policy: string | JsonValue;
}

/** The outcome through an endpoint: the endpoint policy's own answer, the request's policies' answer, and both. */
export interface EndpointOutcome {
  decision: Decision;
  endpoint: Decision;
  policies: Decision;
}

/** AWS's default endpoint policy: full access. */
export const DEFAULT_ENDPOINT_POLICY: JsonValue = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
};

const ALLOW_ALL = {
  id: 'vpc-endpoint#caller-side',
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
};

/**
 * The endpoint policy's answer alone: does it allow this caller, action and resource? Both sides of the request are
 * opened (allow-all identity and resource policies) so that only the endpoint policy, as a filter gate, can say no.
 */
function endpointDecision(req: EvaluationRequest, endpoint: VpcEndpoint): Decision {
  // The real resource (its account and organization stay, for aws:ResourceAccount / aws:ResourceOrgID); only the
  // management-account exemption of RCPs is lifted, since it does not exist for endpoint policies.
  const org = req.resource.org ? { ...req.resource.org, isManagementAccount: false } : undefined;
  const filterReq: EvaluationRequest = {
    principal: req.principal.kind === 'role-session' ? { ...req.principal, serviceLinked: false } : req.principal,
    action: req.action,
    resource: { ...req.resource, ...(org ? { org } : {}) },
    ...(req.context ? { context: req.context } : {}),
    ...(req.now ? { now: req.now } : {}),
    policies: {
      identity: [ALLOW_ALL],
      resource: { id: 'vpc-endpoint#resource-side', document: DEFAULT_ENDPOINT_POLICY },
      rcps: [
        { level: 'account', id: endpoint.id, policies: [{ id: `${endpoint.id}#policy`, document: endpoint.policy }] },
      ],
    },
  };
  return evaluate(filterReq, { trace: false }).decision;
}

/** Decides a request sent through `endpoint`: `aws:SourceVpce` is set, and both the endpoint and the policies must allow. */
export function evaluateThroughEndpoint(req: EvaluationRequest, endpoint: VpcEndpoint): EndpointOutcome {
  const through: EvaluationRequest = { ...req, context: { ...req.context, 'aws:SourceVpce': endpoint.id } };
  const e = endpointDecision(through, endpoint);
  const p = evaluate(through, { trace: false }).decision;
  const decision: Decision =
    e === 'explicitDeny' || p === 'explicitDeny'
      ? 'explicitDeny'
      : e === 'allowed' && p === 'allowed'
        ? 'allowed'
        : 'implicitDeny';
  return { decision, endpoint: e, policies: p };
}
