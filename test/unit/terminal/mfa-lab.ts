/** A small world for GetSessionToken and MFA-protected API access, shared by the unit tests. */
import { applyCommands } from '../../../shared/world/commands/apply';
import type { WorldCommand } from '../../../shared/world/commands/types';
import { emptyWorld } from '../../../shared/world/account-factory';
import type { World } from '../../../shared/world/types';
import type { JsonValue } from '../../../shared/iam/request';

type Json = { [key: string]: JsonValue };

const A = '111122223333';
const doc = (...Statement: Json[]): Json => ({ Version: '2012-10-17', Statement });
const mfaRun: Json = {
  Effect: 'Allow',
  Action: 'ec2:RunInstances',
  Resource: '*',
  Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
};
const trustAccount = (condition?: Json) =>
  doc({
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${A}:root` },
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {}),
  });

/**
 * The MFA lab: alice (virtual MFA; EC2 launches only with MFA; may assume MfaAdmin), bob (no device; may assume Reader
 * and get federation tokens), carol (launches while MFA is under an hour old), dana (a hardware device), erin (like
 * alice), the root user with a device; MfaAdmin trusts the account with MFA only, Reader without conditions.
 */
export function mfaLab(): World {
  const mfa = (userName?: string, serialNumber?: string): WorldCommand => ({
    type: 'enable-mfa-device',
    ...(userName ? { userName } : {}),
    serialNumber: serialNumber ?? `arn:aws:iam::${A}:mfa/${userName ?? 'root-account-mfa-device'}`,
    kind: serialNumber && !serialNumber.startsWith('arn:') ? 'hardware' : 'virtual',
  });
  const inline = (name: string, ...statements: Json[]): WorldCommand => ({
    type: 'put-inline-policy',
    to: 'user',
    name,
    policyName: 'Lab',
    policyDocument: doc(...statements),
  });
  const commands: WorldCommand[] = [
    { type: 'create-account', accountId: A },
    ...['alice', 'bob', 'carol', 'dana', 'erin'].map((userName): WorldCommand => ({ type: 'create-user', userName })),
    mfa('alice'),
    mfa('carol'),
    mfa('dana', 'GAHT12345678'),
    mfa('erin'),
    mfa(),
    {
      type: 'create-role',
      roleName: 'MfaAdmin',
      assumeRolePolicyDocument: trustAccount({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
    },
    { type: 'create-role', roleName: 'Reader', assumeRolePolicyDocument: trustAccount() },
    inline('alice', mfaRun, { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${A}:role/MfaAdmin` }),
    inline('bob', { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:GetFederationToken'], Resource: '*' }),
    inline('carol', {
      Effect: 'Allow',
      Action: 'ec2:RunInstances',
      Resource: '*',
      Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
    }),
    inline('erin', mfaRun),
  ];
  const r = applyCommands(emptyWorld('mfa-lab'), commands);
  if (!r.ok) throw new Error(`setup refused: ${JSON.stringify(r.error)}`);
  return r.world;
}
