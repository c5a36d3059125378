/** How much the IPC gate costs per call: argument parsing and document classification (budget: well under 50 µs). */
import { classifyStoredDocument, defaultAppDocument } from '../shared/ipc/appDocument';
import { ARG_PARSERS } from '../shared/ipc/contract';
import { measure } from './measure';

const good = [{ theme: 'dark', presenter: true, lastArea: 'lessons' }];
const bad = [{ theme: 'dark', fontSize: 40 }];
const stored = JSON.stringify(defaultAppDocument());

const results = [
  measure('settings:set parse (valid patch)', () => ARG_PARSERS['settings:set'](good)),
  measure('settings:set parse (unknown key, rejected)', () => ARG_PARSERS['settings:set'](bad)),
  measure('settings:get parse (no arguments)', () => ARG_PARSERS['settings:get']([])),
  measure('classify stored document (current version)', () => classifyStoredDocument(stored), { batch: 200 }),
];

const slow = results.filter((r) => r.medianMicros > 50);
if (slow.length) {
  console.error(`Over budget: ${slow.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
