#!/usr/bin/env node
// iam-lab command line. Runs bin/dist/iam-lab.mjs, the plain JavaScript bundle of cli/ that `npm install` builds
// (the `prepare` script; rebuild with `npm run build:cli` after editing cli/ or shared/).
import { existsSync } from 'node:fs';

const bundle = new URL('./dist/iam-lab.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  process.stderr.write('iam-lab: the command line is not built yet; run `npm run build:cli` (npm install does it).\n');
  process.exitCode = 70;
}
