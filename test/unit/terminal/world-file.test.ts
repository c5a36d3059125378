/**
 * Reading a file the user opened into a world (renderer/src/files/worldFile.ts): scenario or account export told
 * apart by content, refused whole with the JSON path and reason, export → open round trip with the same entities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityCount, looksLikeAuthzDetails, readWorldFile, scenarioFileName, PRIVACY_NOTE } from '../../../renderer/src/files/worldFile';
import { serializeScenario } from '../../../shared/world/scenario/parse';
import { exportAuthzDetails } from '../../../shared/world/authz/export';
import { SAMPLE_WORLDS, welcomeWorld } from '../../../shared/world/samples';

const REPO_FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'authz-details-example.json');

describe('readWorldFile', () => {
  it.each(SAMPLE_WORLDS.map((s) => [s.id, s] as const))('round-trips the %s sample through a scenario file with the same entities', (_id, sample) => {
    const world = sample.build();
    const r = readWorldFile(serializeScenario(world), 'x.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('scenario');
    expect(entityCount(r.world)).toBe(entityCount(world));
    expect(r.world).toEqual(world);
  });

  it('imports get-account-authorization-details output and says the data stays here', () => {
    const r = readWorldFile(readFileSync(REPO_FIXTURE, 'utf8'), 'export.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('authz-details');
    expect(r.summary).toContain(PRIVACY_NOTE);
    expect(r.world.meta.name).toBe('export');
  });

  it('re-imports its own authz-details export', () => {
    const text = JSON.stringify(exportAuthzDetails(welcomeWorld()));
    expect(looksLikeAuthzDetails(JSON.parse(text))).toBe(true);
    const r = readWorldFile(text, 'a.json');
    expect(r.ok && r.kind).toBe('authz-details');
  });

  it.each([
    ['not JSON', '{"format": ', '', 'is not valid JSON'],
    ['JSON but not a scenario', '{"hello": 1}', 'format', 'is not an IAM Lab scenario'],
    ['an array', '[]', '', 'has the wrong type'],
    ['a newer version', JSON.stringify({ format: 'iam-lab-scenario', version: 99, world: {} }), 'version', 'newer IAM Lab'],
  ])('refuses %s, naming the path and reason', (_name, text, path, reason) => {
    const r = readWorldFile(text, 'f.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.path).toBe(path);
    expect(r.message).toContain('f.json was not opened');
    expect(r.message).toContain(reason);
    expect(r.message).toContain('Nothing was changed');
  });

  it('refuses a scenario with one bad field whole, naming its JSON path', () => {
    const doc = JSON.parse(serializeScenario(welcomeWorld()));
    const account = Object.keys(doc.world.accounts)[0];
    doc.world.accounts[account].users.alice.arn = 'not-an-arn';
    const r = readWorldFile(JSON.stringify(doc), 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.path).toBe(`world.accounts.${account}.users.alice.arn`);
  });

  it('refuses a broken account export whole, naming the entry', () => {
    const doc = JSON.parse(readFileSync(REPO_FIXTURE, 'utf8'));
    doc.UserDetailList[0].Arn = 42;
    const r = readWorldFile(JSON.stringify(doc), 'authz.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.path).toMatch(/^UserDetailList\[0\]/);
  });
});

describe('scenarioFileName', () => {
  it('slugs the world name', () => {
    const w = welcomeWorld();
    expect(scenarioFileName({ ...w, meta: { name: 'My  Lab: Prod/Dev!' } })).toBe('my-lab-prod-dev.iam-lab.json');
    expect(scenarioFileName({ ...w, meta: { name: '***' } })).toBe('world.iam-lab.json');
  });
});
