/**
 * Reads an access-denied error message as the CLI, an SDK or the console shows it: the optional CLI wrapper
 * ("An error occurred (AccessDenied) when calling the GetObject operation: "), then
 * "User: <principal> is not authorized to perform: <action> [on resource: <resource>]" followed by
 * "because no <type> allows the <action> action" (implicit), "with an explicit deny in a <type>[: <policy ARN>]"
 * (explicit) or nothing (the older form); EC2's UnauthorizedOperation with its encoded authorization failure message;
 * ExpiredToken (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html). Pure; problems are
 * diagnostics, never exceptions. The patterns are fixed: nothing from the input becomes a pattern.
 */
import { policyTypeOfWords, reasonFormat } from './formats';
import type { DenialDiagnostic, DenialErrorCode, DenialReading, ParsedDenial } from './types';

const WRAPPER =
  /^An error occurred \(([A-Za-z.]+)\)(?: when calling the (\w+) operation)?(?: \(reached max retries: \d+\))?: ?/;
const ENCODED = /\s*Encoded authorization failure message: ([A-Za-z0-9+/=_-]+)\s*\.?\s*$/;
const EC2_LEAD = /^You are not authorized to perform this operation\.\s*/;
const SENTENCE =
  /^User: (\S+) is not authorized to perform: (\S+?)(?: on resource: (?:"([^"]*)"|(\S+?)))?(?:,?\s+(because no .+|with an explicit deny in (?:a|an|the) .+))?\s*$/;
const IMPLICIT = /^because no (.+?) allows the (\S+?) action\.?$/;
const EXPLICIT = /^with an explicit deny in (?:a|an|the) (.+?)(?:: (arn:\S+?))?\.?$/;
const EXPIRED = /^The (?:security token|provided token) included in the request (?:is|has) expired\.?$/i;

const ERROR_CODES: ReadonlySet<string> = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'ExpiredToken',
]);

/** The error code, without EC2's `Client.` prefix; undefined for codes that are not authorization failures. */
export function denialErrorCode(code: string): DenialErrorCode | undefined {
  const c = code.startsWith('Client.') ? code.slice('Client.'.length) : code;
  return ERROR_CODES.has(c) ? (c as DenialErrorCode) : undefined;
}

/** Parses one access-denied message. */
export function parseDenialMessage(input: string): DenialReading {
  const diagnostics: DenialDiagnostic[] = [];
  let text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return { diagnostics: [{ code: 'denial.empty', severity: 'error' }] };
  const parsed: ParsedDenial = { format: 'no-reason', kind: 'unknown' };

  const wrapper = WRAPPER.exec(text);
  if (wrapper) {
    const code = denialErrorCode(wrapper[1]);
    if (code) parsed.errorCode = code;
    else
      diagnostics.push({ code: 'denial.not-authorization-error', severity: 'error', data: { errorCode: wrapper[1] } });
    if (wrapper[2]) parsed.operation = wrapper[2];
    text = text.slice(wrapper[0].length);
  }
  const encoded = ENCODED.exec(text);
  if (encoded) {
    parsed.encodedMessage = encoded[1];
    text = text.slice(0, encoded.index).trim();
    parsed.errorCode ??= 'UnauthorizedOperation';
  }
  const lead = EC2_LEAD.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    parsed.errorCode ??= 'UnauthorizedOperation';
  }
  parsed.message = text;
  if (EXPIRED.test(text)) {
    parsed.format = 'expired-token';
    parsed.errorCode = 'ExpiredToken';
    return { parsed, diagnostics };
  }
  if (text === '' && parsed.encodedMessage !== undefined) {
    parsed.format = 'ec2-encoded';
    diagnostics.push({ code: 'denial.encoded-only', severity: 'warning' });
    return { parsed, diagnostics };
  }

  const m = SENTENCE.exec(text);
  if (!m) {
    diagnostics.push({ code: 'denial.not-recognised', severity: 'error' });
    return { diagnostics };
  }
  parsed.principalArn = m[1];
  parsed.action = m[2];
  const resource = m[3] ?? m[4];
  if (resource !== undefined && resource !== '') parsed.resource = resource;
  else diagnostics.push({ code: 'denial.no-resource', severity: 'warning' });
  parsed.errorCode ??= 'AccessDenied';
  const reason = m[5];
  if (reason === undefined) return { parsed, diagnostics };

  const implicit = IMPLICIT.exec(reason);
  const explicit = implicit ? null : EXPLICIT.exec(reason);
  const words = implicit?.[1] ?? explicit?.[1] ?? '';
  const type = policyTypeOfWords(words);
  if (!type) {
    diagnostics.push({ code: 'denial.policy-type-unknown', severity: 'error', data: { words } });
    return { parsed, diagnostics };
  }
  parsed.policyType = type;
  parsed.kind = implicit ? 'implicit' : 'explicit';
  parsed.format = reasonFormat(parsed.kind, type);
  if (implicit && implicit[2].toLowerCase() !== parsed.action.toLowerCase())
    diagnostics.push({
      code: 'denial.action-mismatch',
      severity: 'warning',
      data: { action: parsed.action, reasonAction: implicit[2] },
    });
  if (explicit?.[2]) parsed.policyArn = explicit[2];
  return { parsed, diagnostics };
}
