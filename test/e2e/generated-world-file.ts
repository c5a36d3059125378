/**
 * Writes the generated large world (test/unit/graph/generated-world.ts) as a scenario file:
 * `tsx test/e2e/generated-world-file.ts <file> [accounts]`. Run in a child process because Playwright's loader cannot
 * import the world's JSON catalog; tsx can.
 */
import { writeFileSync } from 'node:fs';
import { serializeScenario } from '../../shared/world/scenario/parse';
import { generatedWorld } from '../unit/graph/generated-world';

const [file, accounts = '8'] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx test/e2e/generated-world-file.ts <file> [accounts]');
writeFileSync(file, serializeScenario(generatedWorld(Number(accounts))));
