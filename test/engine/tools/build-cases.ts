/**
 * Writes test/engine/cases/<topic>.json from the topic files in ./topics. The JSON files are what the tests read and
 * what reviewers read; this script only keeps authoring them consistent. Refuses duplicate case names.
 *
 * Run: npx tsx test/engine/tools/build-cases.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { CaseTopic } from './case-kit';
import { topic as actions } from './topics/actions';
import { topic as resources } from './topics/resources';
import { topic as conditions } from './topics/conditions';
import { topic as variables } from './topics/variables';
import { topic as principalKeys } from './topics/principal-keys';
import { topic as denyAllow } from './topics/deny-allow';
import { topic as scps } from './topics/scps';
import { topic as rcps } from './topics/rcps';
import { topic as boundaries } from './topics/boundaries';
import { topic as sessions } from './topics/sessions';
import { topic as resourcePolicies } from './topics/resource-policies';
import { topic as crossAccount } from './topics/cross-account';
import { topic as trustKms } from './topics/trust-kms';
import { rootTopic, credentialsTopic, malformedTopic } from './topics/root-credentials-malformed';

const topics: CaseTopic[] = [
  actions,
  resources,
  conditions,
  variables,
  principalKeys,
  denyAllow,
  scps,
  rcps,
  boundaries,
  sessions,
  resourcePolicies,
  crossAccount,
  trustKms,
  rootTopic,
  credentialsTopic,
  malformedTopic,
];

/**
 * Reason codes pinned by hand for the cases built to show one gate deciding (the engine's codes from shared/iam/reasons.ts).
 * Written from what each case was designed to exercise, not copied from engine output.
 */
const PINNED_REASONS: Record<string, string> = {
  'default-deny-no-policies': 'decision.no-allow',
  'single-allow': 'decision.allowed',
  'deny-beats-allow-same-policy': 'decision.explicit-deny',
  'scp-explicit-deny': 'decision.explicit-deny',
  'rcp-explicit-deny-same-account': 'decision.explicit-deny',
  'boundary-does-not-allow': 'decision.boundary-no-allow',
  'boundary-narrower-action': 'decision.boundary-no-allow',
  'boundary-with-condition-false': 'decision.boundary-no-allow',
  'boundary-on-role-session': 'decision.boundary-no-allow',
  'boundary-caps-group-policies': 'decision.boundary-no-allow',
  'boundary-star-resource-scoped': 'decision.boundary-no-allow',
  'boundary-resource-policy-role-arn': 'decision.boundary-no-allow',
  'scp-root-level-no-allow': 'decision.scp-no-allow',
  'scp-ou-level-no-allow': 'decision.scp-no-allow',
  'scp-account-level-no-allow': 'decision.scp-no-allow',
  'scp-every-level-must-allow': 'decision.scp-no-allow',
  'scp-allow-list-wildcard-miss': 'decision.scp-no-allow',
  'scp-member-root-no-allow': 'decision.scp-no-allow',
  'malformed-scp-fails-closed': 'decision.scp-no-allow',
  'cross-scp-in-principal-account': 'decision.scp-no-allow',
  'rcp-level-without-allow': 'decision.rcp-no-allow',
  'session-policy-narrows': 'decision.session-no-allow',
  'session-policy-with-condition': 'decision.session-no-allow',
  'malformed-session-policy-fails-closed': 'decision.session-no-allow',
  'cross-session-policy-in-principal-account': 'decision.session-no-allow',
  'federated-user-no-session-policy': 'decision.federated-no-session-policy',
  'trust-does-not-name-caller': 'decision.trust-no-allow',
  'trust-missing': 'decision.trust-no-allow',
  'trust-external-id-missing': 'decision.trust-no-allow',
  'trust-mfa-required-absent': 'decision.trust-no-allow',
  'kms-key-policy-without-iam': 'decision.kms-no-allow',
  'kms-no-key-policy': 'decision.kms-no-allow',
  'root-kms-key-policy-without-account': 'decision.kms-no-allow',
  'root-full-access-no-policies': 'decision.root-full-access',
  'root-full-access-other-service': 'decision.root-full-access',
  'root-cannot-assume-role': 'decision.root-cannot-assume-role',
  'get-caller-identity-no-policies': 'decision.get-caller-identity',
  'get-caller-identity-explicit-deny': 'decision.get-caller-identity',
  'get-caller-identity-scp-deny': 'decision.get-caller-identity',
  'get-caller-identity-role-session': 'decision.get-caller-identity',
  'expired-role-session': 'authenticate.expired',
  'expired-at-exact-instant': 'authenticate.expired',
  'expired-federated-user': 'authenticate.expired',
  'get-caller-identity-expired': 'authenticate.expired',
  'cross-identity-only': 'decision.resource-no-allow',
  'cross-other-account-named': 'decision.resource-no-allow',
  'grant-user-arn-no-identity': 'decision.resource-policy-allow',
  'boundary-resource-policy-user-arn': 'decision.resource-policy-allow',
  'boundary-resource-policy-session-arn': 'decision.resource-policy-allow',
  'trust-names-user-same-account': 'decision.resource-policy-allow',
};
const pinned = new Set<string>();
for (const t of topics)
  for (const c of t.cases)
    if (PINNED_REASONS[c.name]) {
      c.expect = { ...c.expect, reason: PINNED_REASONS[c.name] };
      pinned.add(c.name);
    }
for (const name of Object.keys(PINNED_REASONS))
  if (!pinned.has(name)) throw new Error(`pinned reason for unknown case ${name}`);

const dir = join(import.meta.dirname, '..', 'cases');
mkdirSync(dir, { recursive: true });
const seen = new Set<string>();
let total = 0;
for (const t of topics) {
  for (const c of t.cases) {
    if (seen.has(c.name)) throw new Error(`duplicate case name: ${c.name} (topic ${t.topic})`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.name)) throw new Error(`case name is not kebab-case: ${c.name}`);
    seen.add(c.name);
  }
  // Field order for readability: name, doc, note, request, expect.
  const out = {
    topic: t.topic,
    doc: t.doc,
    cases: t.cases.map((c) => ({
      name: c.name,
      ...(c.doc ? { doc: c.doc } : {}),
      note: c.note,
      request: c.request,
      expect: c.expect,
    })),
  };
  const file = join(dir, `${t.topic}.json`);
  writeFileSync(file, await format(JSON.stringify(out), { ...(await resolveConfig(file)), parser: 'json' }));
  total += t.cases.length;
  console.log(`${t.topic.padEnd(20)} ${t.cases.length}`);
}
console.log(`${'total'.padEnd(20)} ${total}`);
