#!/usr/bin/env node
// iam-lab command line. Registers tsx so the TypeScript sources run without a build step, then hands over to cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
await main();
