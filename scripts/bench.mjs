// `npm run bench`: runs every bench/*.bench.ts with tsx, one after the other (each prints its own results).
// `npm run bench -- ipc` runs only the files whose name contains "ipc".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/electronBinary.mjs';

const filter = process.argv[2] ?? '';
const dir = join(repoRoot, 'bench');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();
if (files.length === 0) {
  console.log(`No bench/*.bench.ts file matches "${filter}".`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n━━ ${file}`);
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(dir, file)],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
