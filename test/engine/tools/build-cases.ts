/**
 * Writes test/engine/cases/<topic>.json from the topic files in ./topics. The JSON files are what the tests read and
 * what reviewers read; this script only keeps authoring them consistent. Refuses duplicate case names.
 *
 * Run: npx tsx test/engine/tools/build-cases.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

const topics: CaseTopic[] = [actions, resources, conditions, variables, principalKeys, denyAllow, scps, rcps, boundaries, sessions, resourcePolicies, crossAccount, trustKms, rootTopic, credentialsTopic, malformedTopic];

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
  const out = { topic: t.topic, doc: t.doc, cases: t.cases.map((c) => ({ name: c.name, ...(c.doc ? { doc: c.doc } : {}), note: c.note, request: c.request, expect: c.expect })) };
  writeFileSync(join(dir, `${t.topic}.json`), JSON.stringify(out, null, 2) + '\n');
  total += t.cases.length;
  console.log(`${t.topic.padEnd(20)} ${t.cases.length}`);
}
console.log(`${'total'.padEnd(20)} ${total}`);
