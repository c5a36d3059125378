/** Starting documents for the forms: a readable first policy and the common trust policies, as JSON text. */

/** A first identity policy to edit. */
export const STARTER_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ReadOneBucket', Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::example-bucket/*' }],
  },
  null,
  2,
);

/** Trust policy presets offered by "create role", by id. */
export function trustTemplate(preset: 'ec2' | 'lambda' | 'account', accountId: string): string {
  const principal =
    preset === 'ec2'
      ? { Service: 'ec2.amazonaws.com' }
      : preset === 'lambda'
        ? { Service: 'lambda.amazonaws.com' }
        : { AWS: `arn:aws:iam::${accountId}:root` };
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] }, null, 2);
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
