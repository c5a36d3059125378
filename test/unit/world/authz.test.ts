import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam';
import { exportAuthzDetails } from '../../../shared/world/authz/export';
import { importAuthzDetails } from '../../../shared/world/authz/import';
import { requestFor } from '../../../shared/world/request-for';
import { parseScenario, serializeScenario } from '../../../shared/world/scenario/parse';
import { SAMPLE_WORLDS } from '../../../shared/world/samples';

const FIXTURES = '/work/shared/fixtures/authz-details/';
const load = (f: string) => JSON.parse(readFileSync(FIXTURES + f, 'utf8'));

/** Counts in the world: users, groups, roles, policies (customer + AWS managed held by the world). */
function counts(world: ReturnType<typeof importOk>) {
  const accts = Object.values(world.accounts);
  const sum = (f: (a: (typeof accts)[number]) => number) => accts.reduce((n, a) => n + f(a), 0);
  return {
    users: sum((a) => Object.keys(a.users).length),
    groups: sum((a) => Object.keys(a.groups).length),
    roles: sum((a) => Object.keys(a.roles).length),
    policies: sum((a) => Object.keys(a.policies).length) + Object.keys(world.awsManagedPolicies).length,
  };
}

function importOk(value: unknown) {
  const r = importAuthzDetails(value);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics.slice(0, 5)));
  return r.world;
}

describe('import of get-account-authorization-details', () => {
  const cases: Array<[string, { users: number; groups: number; roles: number; policies: number }, number]> = [
    ['cloudsplaining-examples-files-example.json', { users: 44, groups: 5, roles: 78, policies: 84 }, 2],
    ['cloudsplaining-test-files-example-authz-details.json', { users: 3, groups: 2, roles: 3, policies: 32 }, 1],
  ];
  for (const [file, expected, accounts] of cases) {
    it(`${file}: counts match the file`, () => {
      const raw = load(file);
      expect({
        users: raw.UserDetailList.length,
        groups: raw.GroupDetailList.length,
        roles: raw.RoleDetailList.length,
        policies: raw.Policies.length,
      }).toEqual(expected);
      const world = importOk(raw);
      expect(counts(world)).toEqual(expected);
      expect(Object.keys(world.accounts)).toHaveLength(accounts);
    });

    it(`${file}: import → export → import is the same world`, () => {
      const w1 = importOk(load(file));
      const w2 = importOk(JSON.parse(JSON.stringify(exportAuthzDetails(w1))));
      expect(w2).toEqual(w1);
    });

    it(`${file}: the imported world is a valid scenario`, () => {
      const w = importOk(load(file));
      const parsed = parseScenario(serializeScenario(w));
      expect(parsed.ok).toBe(true);
    });
  }

  it('keeps every policy version but evaluates the default (AWSCodeCommitPowerUser v11)', () => {
    const w = importOk(load('cloudsplaining-test-files-example-authz-details.json'));
    const p = w.awsManagedPolicies['arn:aws:iam::aws:policy/AWSCodeCommitPowerUser'];
    expect(Object.keys(p.versions).length).toBe(2);
    expect(p.defaultVersionId).toBe('v11');
  });

  it('groups, inline policies, instance profiles and last-used come through', () => {
    const w = importOk(load('cloudsplaining-test-files-example-authz-details.json'));
    const a = w.accounts['012345678901'];
    expect(a.users.obama.groups).toEqual(['admin']);
    expect(a.users.obama.createDate).toBe('2019-12-18T19:10:08Z');
    expect(a.instanceProfiles.OverprivilegedEC2.roles).toEqual(['OverprivilegedEC2']);
    expect(Object.keys(a.roles.MyRole.inlinePolicies)).toEqual(['EC2-IAM-example']);
    expect(Object.values(a.roles).some((r) => r.lastUsed?.region === 'us-east-1')).toBe(true);
  });

  it('an imported admin is allowed and a user without policies is not', () => {
    const w = importOk(load('cloudsplaining-test-files-example-authz-details.json'));
    const req = requestFor(w, 'arn:aws:iam::012345678901:user/obama', 's3:DeleteBucket', 'arn:aws:s3:::any');
    expect(req.ok && evaluate(req.value).decision).toBe('allowed');
  });

  it('refuses a malformed file whole, with JSON paths', () => {
    const raw = load('cloudsplaining-test-files-example-authz-details.json');
    raw.UserDetailList[1].CreateDate = 'someday';
    raw.GroupDetailList[0].GroupName = 42;
    const r = importAuthzDetails(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => d.path)).toEqual(['GroupDetailList[0].GroupName', 'UserDetailList[1].CreateDate']);
    expect(importAuthzDetails({ hello: 1 })).toMatchObject({
      ok: false,
      diagnostics: [{ code: 'authz.not-authz-details' }],
    });
  });

  it('refuses a group membership that points nowhere', () => {
    const raw = load('cloudsplaining-test-files-example-authz-details.json');
    raw.UserDetailList[0].GroupList = ['ghosts'];
    const r = importAuthzDetails(raw);
    expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'scenario.dangling-reference' }] });
  });

  it('sample worlds export and re-import with the same IAM content', () => {
    for (const s of SAMPLE_WORLDS) {
      const w = s.build();
      const back = importOk(exportAuthzDetails(w));
      for (const [id, acct] of Object.entries(w.accounts)) {
        if (Object.keys(acct.users).length + Object.keys(acct.roles).length === 0) continue;
        expect(Object.keys(back.accounts[id].users)).toEqual(Object.keys(acct.users));
        expect(back.accounts[id].roles).toEqual(Object.fromEntries(Object.entries(acct.roles)));
      }
    }
  });
});
