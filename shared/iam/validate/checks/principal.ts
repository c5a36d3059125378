/** Principal / NotPrincipal: `"*"` or an object of AWS / Service / Federated / CanonicalUser values in the forms AWS accepts. */
import type { JsonValue } from '../../request';
import { isObject, stringItems, type ValidationContext } from '../context';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
const ACCOUNT_ID = /^\d{12}$/;
const PARTITION = '(?:aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc)';
const AWS_PRINCIPAL_ARN = new RegExp(
  `^arn:${PARTITION}:(?:iam::\\d{12}:(?:root|user/.+|role/.+)|sts::\\d{12}:(?:assumed-role/[^/]+/.+|federated-user/.+))$`,
);
/** Unique ids (AIDA…, AROA…) appear in place of an ARN after the named user or role was deleted. */
const UNIQUE_ID = /^A[A-Z0-9]{15,127}$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.(?:amazonaws\.com(?:\.cn)?|amazon\.com|c2s\.ic\.gov|sc2s\.sgov\.gov)$/;
const FEDERATED_ARN = new RegExp(`^arn:${PARTITION}:iam::\\d{12}:(?:oidc-provider|saml-provider)/.+$`);
const WEB_IDENTITY_PROVIDERS = new Set([
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
]);

/** Check a Principal or NotPrincipal value at `path`. */
export function checkPrincipal(ctx: ValidationContext, value: JsonValue, path: string): void {
  if (value === '*') return;
  if (!isObject(value)) {
    ctx.report('principal.invalid-value', path, { found: typeof value === 'string' ? value : JSON.stringify(value) });
    return;
  }
  if (Object.keys(value).length === 0) ctx.report('statement.element-empty', path, { element: 'Principal' });
  for (const [type, v] of Object.entries(value)) {
    const p = `${path}.${type}`;
    if (!(PRINCIPAL_TYPES as readonly string[]).includes(type)) {
      const suggestion = PRINCIPAL_TYPES.find((t) => t.toLowerCase() === type.toLowerCase());
      ctx.report('principal.unknown-type', p, suggestion ? { type, suggestion } : { type }, true);
      continue;
    }
    for (const item of stringItems(ctx, v, p, `Principal.${type}`)) {
      const s = item.value;
      if (type === 'AWS') {
        if (s === '*' || ACCOUNT_ID.test(s) || UNIQUE_ID.test(s)) continue;
        if (s.startsWith('arn:') && /[*?]/.test(s))
          ctx.report('principal.wildcard-in-arn', item.path, { principal: s });
        else if (!AWS_PRINCIPAL_ARN.test(s)) ctx.report('principal.aws-invalid', item.path, { principal: s });
      } else if (type === 'Service') {
        if (s !== '*' && !SERVICE_PRINCIPAL.test(s))
          ctx.report('principal.service-format', item.path, { principal: s });
      } else if (type === 'Federated') {
        if (!FEDERATED_ARN.test(s) && !WEB_IDENTITY_PROVIDERS.has(s))
          ctx.report('principal.federated-format', item.path, { principal: s });
      } else if (!/^[0-9a-f]{64}$/.test(s)) {
        ctx.report('principal.canonical-user-format', item.path, { principal: s });
      }
    }
  }
}
