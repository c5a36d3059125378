/**
 * Flow cases: behaviour that needs a whole call rather than one evaluation (STS operations, the policy simulator),
 * pinned as named JSON cases in test/engine/cases/flows/*.json. Each case starts from a sample world, runs its setup
 * (terminal lines, or world commands given as objects), then one line, and checks the exit code, what was printed and
 * the sessions the world holds. `IAM_CASE=<substring>` focuses as for the engine cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTerminalLine } from '../../shared/terminal/session';
import { MemoryFs } from '../../shared/terminal/vfs';
import { applyCommand } from '../../shared/world/commands/apply';
import type { WorldCommand } from '../../shared/world/commands/types';
import { SAMPLE_WORLDS } from '../../shared/world/samples';
import type { World } from '../../shared/world/types';

interface FlowExpect {
  exit: number;
  stdout?: string[];
  stderr?: string[];
  stdoutNotContains?: string[];
  stderrNotContains?: string[];
  /** A subset the JSON printed on stdout must match. */
  json?: unknown;
  /** How many sessions the world holds afterwards. */
  sessions?: number;
}

interface FlowCase {
  name: string;
  doc?: string;
  note: string;
  world?: string;
  setup: Array<string | WorldCommand>;
  line: string;
  expect: FlowExpect;
}

const DIR = join(import.meta.dirname, 'cases', 'flows');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const filter = process.env.IAM_CASE;

async function runCase(c: FlowCase, worldId: string) {
  const sample = SAMPLE_WORLDS.find((s) => s.id === (c.world ?? worldId));
  if (!sample) throw new Error(`unknown world ${c.world ?? worldId}`);
  const fs = new MemoryFs();
  let world: World = sample.build();
  let out = '';
  let err = '';
  const run = async (line: string) => {
    out = '';
    err = '';
    const r = await runTerminalLine(line, {
      fs,
      world,
      sink: (s, t) => (s === 'stdout' ? (out += t) : (err += t)),
    });
    if (r.world) world = r.world;
    return r.exitCode;
  };
  for (const step of c.setup) {
    if (typeof step === 'string') {
      const code = await run(step);
      expect(code, `setup line failed: ${step}\n${err}`).toBe(0);
    } else {
      const applied = applyCommand(world, step);
      expect(applied.ok, `setup command failed: ${JSON.stringify(step)}`).toBe(true);
      if (applied.ok) world = applied.world;
    }
  }
  const exit = await run(c.line);
  return { exit, out, err, world };
}

describe('flow cases', () => {
  for (const file of files) {
    const topic = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as {
      topic: string;
      doc: string;
      world: string;
      flows: FlowCase[];
    };
    const names = new Set<string>();
    for (const c of topic.flows) {
      if (names.has(c.name)) throw new Error(`duplicate flow case ${c.name}`);
      names.add(c.name);
      if (filter && !c.name.includes(filter) && filter !== `${topic.topic}/`) continue;
      it(`${topic.topic} › ${c.name}`, async () => {
        const doc = c.doc ?? topic.doc;
        expect(doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
        const r = await runCase(c, topic.world);
        const why = `${c.note}\n  doc: ${doc}\n  stdout: ${r.out}\n  stderr: ${r.err}`;
        expect(r.exit, why).toBe(c.expect.exit);
        for (const s of c.expect.stdout ?? []) expect(r.out, why).toContain(s);
        for (const s of c.expect.stderr ?? []) expect(r.err, why).toContain(s);
        for (const s of c.expect.stdoutNotContains ?? []) expect(r.out, why).not.toContain(s);
        for (const s of c.expect.stderrNotContains ?? []) expect(r.err, why).not.toContain(s);
        if (c.expect.json !== undefined) expect(JSON.parse(r.out), why).toMatchObject(c.expect.json as object);
        if (c.expect.sessions !== undefined) expect(Object.keys(r.world.sessions).length, why).toBe(c.expect.sessions);
      });
    }
  }
});
