/**
 * The aws-style operations added for hand-made lessons — OIDC and SAML providers, instance profiles, EC2 launch and
 * profile associations, access-key rotation, SCPs/RCPs (organizations), bucket and queue policies (s3api, sqs), the
 * lab's clock, and the simulated identity provider (`idp token`, `idp saml-assertion`) —
 * run through the terminal session: each case runs its lines (all must succeed), then an optional last line whose
 * AWS error code (or output) is asserted. Error codes follow the IAM, EC2 and STS API references.
 */
import { describe, expect, it } from 'vitest';
import { runTerminalLine } from '../../../shared/terminal/session';
import { MemoryFs } from '../../../shared/terminal/vfs';
import { applyCommands } from '../../../shared/world/commands/apply';
import type { WorldCommand } from '../../../shared/world/commands/types';
import { emptyWorld } from '../../../shared/world/account-factory';
import { federationWorld, organizationWorld } from '../../../shared/world/samples';
import type { World } from '../../../shared/world/types';
import cases from './cases/providers-ec2-idp.json';

interface Case {
  name: string;
  world: 'empty' | 'ec2lab' | 'federation' | 'organization';
  lines?: string[];
  stdout?: unknown;
  then?: string;
  thenStdout?: unknown;
  error?: string;
  exit?: number;
  stderrHas?: string;
}

const A = '111122223333';
const trust = (service: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
});

/** A small EC2 world: AppRole (trusted by EC2), AdminRole, ops-dev who may pass AppRole only, app-user with a key. */
function ec2Lab(): World {
  const commands: WorldCommand[] = [
    { type: 'create-account', accountId: A },
    { type: 'create-role', roleName: 'AppRole', assumeRolePolicyDocument: trust('ec2.amazonaws.com') },
    { type: 'create-role', roleName: 'AdminRole', assumeRolePolicyDocument: trust('ec2.amazonaws.com') },
    { type: 'create-user', userName: 'ops-dev' },
    {
      type: 'put-inline-policy',
      to: 'user',
      name: 'ops-dev',
      policyName: 'Launch',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['ec2:RunInstances', 'ec2:AssociateIamInstanceProfile'], Resource: '*' },
          { Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${A}:role/AppRole` },
        ],
      },
    },
    { type: 'create-user', userName: 'app-user' },
    { type: 'create-access-key', userName: 'app-user' },
  ];
  const r = applyCommands(emptyWorld('ec2lab'), commands);
  if (!r.ok) throw new Error(`setup refused: ${r.error.reason}`);
  return r.world;
}

function worldFor(name: Case['world']): World {
  if (name === 'federation') return federationWorld();
  if (name === 'organization') return organizationWorld();
  if (name === 'ec2lab') return ec2Lab();
  const r = applyCommands(emptyWorld('empty'), [{ type: 'create-account', accountId: A }]);
  if (!r.ok) throw new Error('setup refused');
  return r.world;
}

/** `$instance`, `$association`, `$key`, `$root`, `$policy(Name)`: ids the world generated. */
function fill(line: string, world: World): string {
  const org = world.organization;
  line = line
    .replaceAll('$root', org?.rootId ?? 'r-none')
    .replace(
      /\$policy\(([\w-]+)\)/g,
      (_, n: string) => Object.values(org?.policies ?? {}).find((p) => p.name === n)?.id ?? 'p-none',
    );
  const acct = Object.values(world.accounts)[0];
  const instance = Object.keys(acct.instances)[0] ?? 'i-none';
  const key = Object.keys(acct.users['app-user']?.accessKeys ?? {})[0] ?? 'AKIA-none';
  return line
    .replaceAll('$instance', instance)
    .replaceAll('$association', `iip-assoc-${instance.slice(2)}`)
    .replaceAll('$key', key);
}

/** True when `actual` holds everything `expected` names (lists element by element). */
function holds(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => holds(actual[i], e));
  if (expected && typeof expected === 'object')
    return (
      !!actual &&
      typeof actual === 'object' &&
      Object.entries(expected).every(([k, v]) => holds((actual as Record<string, unknown>)[k], v))
    );
  return actual === expected;
}

const firstJson = (text: string): unknown => JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));

describe('providers, instance profiles, EC2, key rotation and the simulated IdP (cases/providers-ec2-idp.json)', () => {
  for (const c of cases as Case[]) {
    it(c.name, async () => {
      const fs = new MemoryFs();
      let world = worldFor(c.world);
      const run = async (line: string) => {
        let out = '';
        let err = '';
        const o = await runTerminalLine(fill(line, world), {
          fs,
          world,
          sink: (s, t) => (s === 'stdout' ? (out += t) : (err += t)),
        });
        if (o.world) world = o.world;
        return { code: o.exitCode, out, err };
      };
      let last = { code: 0, out: '', err: '' };
      for (const line of c.lines ?? []) {
        last = await run(line);
        expect(last.err, line).toBe('');
        expect(last.code, line).toBe(0);
      }
      if (c.stdout !== undefined) expect(holds(firstJson(last.out), c.stdout), last.out).toBe(true);
      if (c.then === undefined) return;
      const before = world;
      const r = await run(c.then);
      if (c.error) {
        expect(r.err).toContain(`(${c.error})`);
        expect(r.code).toBe(1);
        expect(world).toBe(before);
      }
      if (c.exit !== undefined) expect(r.code).toBe(c.exit);
      if (c.stderrHas) expect(r.err).toContain(c.stderrHas);
      if (c.thenStdout !== undefined) {
        expect(r.code, r.err).toBe(0);
        expect(holds(firstJson(r.out), c.thenStdout), r.out).toBe(true);
      }
    });
  }
});
