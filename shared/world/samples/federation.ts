/**
 * Federation: an OIDC provider (GitHub Actions) trusted by a deploy role with conditions on the token's audience and
 * subject, and a SAML provider trusted by a developers role. Shows Principal.Federated and claim conditions.
 */
import { buildWorld } from './build';
import type { World } from '../types';

/** A short SAML metadata document for the sample provider (not a real IdP). */
const SAML_METADATA =
  '<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">' +
  '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>';

/** Builds the federation sample. */
export function federationWorld(): World {
  const acct = '333333333333';
  const oidc = `arn:aws:iam::${acct}:oidc-provider/token.actions.githubusercontent.com`;
  const saml = `arn:aws:iam::${acct}:saml-provider/ExampleIdP`;
  return buildWorld('Federation', 'OIDC (GitHub Actions) and SAML identity providers trusted by roles.', [
    { type: 'create-account', accountId: acct, name: 'Federation' },
    { type: 'set-current-identity', arn: `arn:aws:iam::${acct}:root` },
    {
      type: 'create-oidc-provider',
      url: 'https://token.actions.githubusercontent.com',
      clientIds: ['sts.amazonaws.com'],
    },
    {
      type: 'create-saml-provider',
      name: 'ExampleIdP',
      metadataDocument: SAML_METADATA,
      entityId: 'https://idp.example.com/saml',
    },
    {
      type: 'create-role',
      roleName: 'GitHubDeploy',
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: oidc },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
              StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/website:ref:refs/heads/main' },
            },
          },
        ],
      },
    },
    {
      type: 'put-inline-policy',
      to: 'role',
      name: 'GitHubDeploy',
      policyName: 'DeployWebsite',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: 'arn:aws:s3:::example-website/*' },
        ],
      },
    },
    {
      type: 'create-role',
      roleName: 'SAMLDevelopers',
      maxSessionDuration: 14400,
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: saml },
            Action: 'sts:AssumeRoleWithSAML',
            Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
          },
        ],
      },
    },
    { type: 'attach-policy', to: 'role', name: 'SAMLDevelopers', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    { type: 'create-resource', kind: 's3-bucket', name: 'example-website' },
  ]);
}
