/**
 * Reads a CloudTrail event of a refused call: `errorCode` (AccessDenied, Client.UnauthorizedOperation,
 * AccessDeniedException), `errorMessage` (read with parseDenialMessage), `userIdentity` (the caller's ARN),
 * `eventSource` + `eventName` (the action), `resources` / `requestParameters` (the resource). Also accepts a trail
 * file (`{"Records": [...]}`, the first refused record) and `aws cloudtrail lookup-events` output
 * (`{"Events": [{"CloudTrailEvent": "<json>"}]}`) (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 * Pure; problems are diagnostics with JSON paths.
 */
import { denialErrorCode, parseDenialMessage } from './parse-message';
import type { DenialDiagnostic, DenialReading, ParsedDenial } from './types';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Event sources whose IAM service prefix differs from the host name. */
const SERVICE_OF_SOURCE: ReadonlyMap<string, string> = new Map([
  ['monitoring', 'cloudwatch'],
  ['email', 'ses'],
  ['elasticloadbalancing', 'elasticloadbalancing'],
  ['signin', 'signin'],
]);

/** S3 API operations whose IAM action has another name. */
const S3_ACTION_OF_OPERATION: ReadonlyMap<string, string> = new Map([
  ['ListObjects', 'ListBucket'],
  ['ListObjectsV2', 'ListBucket'],
  ['HeadBucket', 'ListBucket'],
  ['HeadObject', 'GetObject'],
  ['ListObjectVersions', 'ListBucketVersions'],
]);

/** The IAM action of an event: `s3:GetObject` from `s3.amazonaws.com` + `GetObject`. */
export function actionOfEvent(eventSource: string, eventName: string): string {
  const host = eventSource.endsWith('.amazonaws.com') ? eventSource.slice(0, -'.amazonaws.com'.length) : eventSource;
  const service = SERVICE_OF_SOURCE.get(host) ?? host;
  const name = service === 's3' ? (S3_ACTION_OF_OPERATION.get(eventName) ?? eventName) : eventName;
  return `${service}:${name}`;
}

/** The caller's ARN from `userIdentity`. */
function principalOf(id: Json): string | undefined {
  if (id.accountId === 'anonymous' || id.type === 'AnonymousUser') return 'anonymous';
  return str(id.arn);
}

/** The resource from `resources[0].ARN`, or an S3 object / bucket from `requestParameters`. */
function resourceOf(event: Json): string | undefined {
  const resources = event.resources;
  if (Array.isArray(resources) && isObj(resources[0])) {
    const arn = str(resources[0].ARN) ?? str(resources[0].arn);
    if (arn) return arn;
  }
  const params = isObj(event.requestParameters) ? event.requestParameters : undefined;
  const bucket = str(params?.bucketName);
  if (bucket) return `arn:aws:s3:::${bucket}${str(params?.key) ? `/${str(params?.key)}` : ''}`;
  return undefined;
}

/** Finds the event in a trail file or lookup-events output; the path it was found at. */
function unwrap(value: Json, diagnostics: DenialDiagnostic[]): { event?: Json; path: string } {
  if (Array.isArray(value.Records)) {
    const i = value.Records.findIndex((r) => isObj(r) && typeof r.errorCode === 'string');
    if (i >= 0) return { event: value.Records[i] as Json, path: `Records[${i}]` };
    diagnostics.push({ code: 'denial.event-no-error', severity: 'error', path: 'Records' });
    return { path: 'Records' };
  }
  if (Array.isArray(value.Events)) {
    for (let i = 0; i < value.Events.length; i++) {
      const e = value.Events[i] as unknown;
      const raw = isObj(e) ? e.CloudTrailEvent : undefined;
      if (typeof raw !== 'string') continue;
      try {
        const inner = JSON.parse(raw) as unknown;
        if (isObj(inner) && typeof inner.errorCode === 'string')
          return { event: inner, path: `Events[${i}].CloudTrailEvent` };
      } catch {
        diagnostics.push({ code: 'denial.event-not-json', severity: 'error', path: `Events[${i}].CloudTrailEvent` });
      }
    }
    diagnostics.push({ code: 'denial.event-no-error', severity: 'error', path: 'Events' });
    return { path: 'Events' };
  }
  return { event: value, path: '' };
}

const at = (base: string, key: string) => (base ? `${base}.${key}` : key);

/** Parses a CloudTrail event (JSON text or an already-parsed value). */
export function parseCloudTrailEvent(input: string | unknown): DenialReading {
  const diagnostics: DenialDiagnostic[] = [];
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { diagnostics: [{ code: 'denial.event-not-json', severity: 'error' }] };
    }
  }
  if (!isObj(value)) return { diagnostics: [{ code: 'denial.event-not-object', severity: 'error' }] };
  const { event, path } = unwrap(value, diagnostics);
  if (!event) return { diagnostics };

  const rawCode = str(event.errorCode);
  if (!rawCode) {
    diagnostics.push({ code: 'denial.event-no-error', severity: 'error', path: at(path, 'errorCode') });
    return { diagnostics };
  }
  const errorCode = denialErrorCode(rawCode);
  if (!errorCode)
    diagnostics.push({
      code: 'denial.not-authorization-error',
      severity: 'error',
      path: at(path, 'errorCode'),
      data: { errorCode: rawCode },
    });
  const parsed: ParsedDenial = { format: 'cloudtrail', kind: 'unknown', ...(errorCode ? { errorCode } : {}) };
  const source = str(event.eventSource);
  const name = str(event.eventName);
  if (name) parsed.operation = name;
  const eventAction = source && name ? actionOfEvent(source, name) : undefined;
  const id = isObj(event.userIdentity) ? event.userIdentity : undefined;
  const eventPrincipal = id ? principalOf(id) : undefined;
  const eventResource = resourceOf(event);

  const text = str(event.errorMessage);
  if (text) {
    const inner = parseDenialMessage(text);
    for (const d of inner.diagnostics) {
      if (d.code === 'denial.no-resource') continue;
      // S3 often logs only "Access Denied": the event's own fields tell the rest.
      const code = d.code === 'denial.not-recognised' ? 'denial.event-message-short' : d.code;
      const severity = code === 'denial.event-message-short' ? 'warning' : d.severity;
      diagnostics.push({ ...d, code, severity, path: at(path, 'errorMessage') });
    }
    if (inner.parsed) {
      const { format: _format, errorCode: _code, operation: _op, ...rest } = inner.parsed;
      Object.assign(parsed, rest);
      if (inner.parsed.format === 'ec2-encoded' || inner.parsed.format === 'expired-token')
        parsed.format = `cloudtrail`;
    }
  }
  if (parsed.principalArn === undefined && eventPrincipal) parsed.principalArn = eventPrincipal;
  else if (eventPrincipal && parsed.principalArn !== eventPrincipal)
    diagnostics.push({
      code: 'denial.event-message-mismatch',
      severity: 'warning',
      path: at(path, 'userIdentity.arn'),
    });
  if (parsed.action === undefined && eventAction) parsed.action = eventAction;
  if (parsed.resource === undefined && eventResource) parsed.resource = eventResource;
  if (!parsed.principalArn)
    diagnostics.push({ code: 'denial.event-no-principal', severity: 'error', path: at(path, 'userIdentity') });
  if (!parsed.action)
    diagnostics.push({ code: 'denial.event-no-action', severity: 'error', path: at(path, 'eventName') });
  return { parsed, diagnostics };
}
