/**
 * Renders an API call three ways — an `aws` CLI command line, a JavaScript (AWS SDK v3) snippet and a Python (boto3)
 * snippet — so every console form shows how the same change is made from the command line and from code.
 */
import { isPolicyJson, type ApiCall, type ApiValue } from './api-call';

/** `CreateUser` → `create-user`; `UserName` → `user-name`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** `CreateUser` → `create_user`. */
export function snake(name: string): string {
  return kebab(name).replace(/-/g, '_');
}

/** Quotes a word for a POSIX shell when it needs quoting. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./<>-]+$/.test(text) && !/[<>]/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function cliValue(value: ApiValue): string {
  if (isPolicyJson(value))
    return shellQuote(typeof value.policyJson === 'string' ? value.policyJson : JSON.stringify(value.policyJson));
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'Key' in v)) {
    return value
      .map((t) => `Key=${(t as Record<string, string>).Key},Value=${(t as Record<string, string>).Value}`)
      .map(shellQuote)
      .join(' ');
  }
  if (typeof value === 'object') return shellQuote(JSON.stringify(value));
  return shellQuote(String(value));
}

/** The `aws` CLI command line for a call. */
export function toCli(call: ApiCall): string {
  const parts = ['aws', call.service, kebab(call.operation)];
  for (const [key, value] of Object.entries(call.params)) {
    if (typeof value === 'boolean') parts.push(value ? `--${kebab(key)}` : `--no-${kebab(key)}`);
    else parts.push(`--${kebab(key)}`, cliValue(value));
  }
  return parts.join(' ');
}

const JS_CLIENTS: Record<ApiCall['service'], { pkg: string; client: string }> = {
  iam: { pkg: '@aws-sdk/client-iam', client: 'IAMClient' },
  sts: { pkg: '@aws-sdk/client-sts', client: 'STSClient' },
  organizations: { pkg: '@aws-sdk/client-organizations', client: 'OrganizationsClient' },
  ec2: { pkg: '@aws-sdk/client-ec2', client: 'EC2Client' },
  s3api: { pkg: '@aws-sdk/client-s3', client: 'S3Client' },
  sqs: { pkg: '@aws-sdk/client-sqs', client: 'SQSClient' },
  kms: { pkg: '@aws-sdk/client-kms', client: 'KMSClient' },
};

function indent(text: string, by: string): string {
  return text.split('\n').join(`\n${by}`);
}

function jsLiteral(value: ApiValue | unknown, pad = ''): string {
  if (isPolicyJson(value)) return `JSON.stringify(${jsLiteral(value.policyJson, pad)})`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}  ${jsLiteral(v, pad + '  ')}`).join(',\n')},\n${pad}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return `{\n${entries.map(([k, v]) => `${pad}  ${key(k)}: ${jsLiteral(v, pad + '  ')}`).join(',\n')},\n${pad}}`;
  }
  return JSON.stringify(value);
}

/** A JavaScript (AWS SDK for JavaScript v3) snippet for a call. */
export function toJavaScript(call: ApiCall): string {
  const { pkg, client } = JS_CLIENTS[call.service];
  const command = `${call.operation}Command`;
  return [
    `import { ${client}, ${command} } from "${pkg}";`,
    '',
    `const client = new ${client}({});`,
    `const response = await client.send(new ${command}(${indent(jsLiteral(call.params), '')}));`,
  ].join('\n');
}

function pyLiteral(value: unknown, pad = ''): string {
  if (isPolicyJson(value)) return `json.dumps(${pyLiteral(value.policyJson, pad)})`;
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null) return 'None';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}    ${pyLiteral(v, pad + '    ')}`).join(',\n')},\n${pad}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${pad}    ${JSON.stringify(k)}: ${pyLiteral(v, pad + '    ')}`).join(',\n')},\n${pad}}`;
  }
  return JSON.stringify(value);
}

/** A Python (boto3) snippet for a call. */
export function toPython(call: ApiCall): string {
  const usesJson = Object.values(call.params).some(isPolicyJson);
  const args = Object.entries(call.params).map(([k, v]) => `    ${k}=${pyLiteral(v, '    ')},`);
  return [
    ...(usesJson ? ['import json'] : []),
    'import boto3',
    '',
    `client = boto3.client("${call.service === 's3api' ? 's3' : call.service}")`,
    args.length === 0
      ? `response = client.${snake(call.operation)}()`
      : `response = client.${snake(call.operation)}(\n${args.join('\n')}\n)`,
  ].join('\n');
}
