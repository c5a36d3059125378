/** Starting documents for the forms: a readable first policy and the common trust policies, as JSON text. */

/** A first identity policy to edit. */
export const STARTER_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadOneBucket', Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::example-bucket/*' },
    ],
  },
  null,
  2,
);

/** Trust policy presets offered by "create role", as in the console's "trusted entity type". */
export type TrustPreset = 'ec2' | 'lambda' | 'account' | 'other-account' | 'web-identity' | 'saml';

/** What a preset needs beyond the account: another account's id, or an identity provider (ARN and, for OIDC, host). */
export interface TrustOptions {
  otherAccount?: string;
  providerArn?: string;
  /** The OIDC provider's host (`token.actions.githubusercontent.com`), the prefix of its condition keys. */
  providerHost?: string;
  audience?: string;
}

/**
 * A starting trust policy for a preset, as JSON text the learner edits before creating the role. Federated presets
 * come with the audience condition only: which users or workflows may use the role is the learner's decision.
 */
export function trustTemplate(preset: TrustPreset, accountId: string, o: TrustOptions = {}): string {
  const statement =
    preset === 'web-identity'
      ? {
          Effect: 'Allow',
          Principal: { Federated: o.providerArn ?? `arn:aws:iam::${accountId}:oidc-provider/PROVIDER` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { [`${o.providerHost ?? 'PROVIDER'}:aud`]: o.audience ?? 'sts.amazonaws.com' } },
        }
      : preset === 'saml'
        ? {
            Effect: 'Allow',
            Principal: { Federated: o.providerArn ?? `arn:aws:iam::${accountId}:saml-provider/PROVIDER` },
            Action: 'sts:AssumeRoleWithSAML',
            Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
          }
        : {
            Effect: 'Allow',
            Principal:
              preset === 'ec2'
                ? { Service: 'ec2.amazonaws.com' }
                : preset === 'lambda'
                  ? { Service: 'lambda.amazonaws.com' }
                  : {
                      AWS: `arn:aws:iam::${preset === 'other-account' ? (o.otherAccount ?? accountId) : accountId}:root`,
                    },
            Action: 'sts:AssumeRole',
          };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);
}

/**
 * A SAML metadata document as an identity provider publishes it (entity ID and a signing certificate), for "Create
 * SAML provider" when the learner has no IdP at hand. The certificate is a placeholder: nothing is signed here.
 */
export function sampleSamlMetadata(entityId = 'https://adfs.example.com/adfs/services/trust'): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}">`,
    '  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
    '    <KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>MIIC-IAM-LAB-SAMPLE</X509Certificate></X509Data></KeyInfo></KeyDescriptor>',
    '    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.example.com/adfs/ls/"/>',
    '  </IDPSSODescriptor>',
    '</EntityDescriptor>',
  ].join('\n');
}

/** The host of an OIDC provider ARN (`…:oidc-provider/token.actions.githubusercontent.com` → the host). */
export function oidcHost(providerArn: string): string {
  return providerArn.slice(providerArn.indexOf('oidc-provider/') + 'oidc-provider/'.length);
}

/** A document as editable text (stored documents may be objects or text). */
export function documentText(doc: unknown): string {
  if (typeof doc === 'string') {
    try {
      return JSON.stringify(JSON.parse(doc), null, 2);
    } catch {
      return doc;
    }
  }
  return JSON.stringify(doc ?? {}, null, 2);
}
