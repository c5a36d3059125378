/**
 * Debug helper: shows iam-simulate's answer (and ignored context keys) for the named cases.
 * Run: npx tsx test/engine/tools/sim-one.ts <case-name> [...]
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { loadAllCases } from '../load-cases';
import { toSimulation } from './iam-simulate-adapter';

const all = loadAllCases();
for (const name of process.argv.slice(2)) {
  const c = all.find((x) => x.name === name);
  if (!c) {
    console.log(`no case ${name}`);
    continue;
  }
  const s = toSimulation(JSON.parse(JSON.stringify(c.request)));
  if ('skip' in s) {
    console.log(`${name}: skipped (${s.skip})`);
    continue;
  }
  const r = await runSimulation(s.simulation, {});
  if (r.resultType === 'error') console.log(`${name}: error ${JSON.stringify(r.errors)}`);
  else
    console.log(
      `${name}: ${r.overallResult}; ignored context keys: ${JSON.stringify(r.resultType === 'single' ? r.result.ignoredContextKeys : r.results.map((x) => x.ignoredContextKeys))}`,
    );
}
