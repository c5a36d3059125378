/** `npm start` errors are one line (scripts/lib/oneLine.mjs), and name what failed. */
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../scripts/lib/oneLine.mjs';

const ESC = String.fromCharCode(27);

describe('oneLine', () => {
  it("keeps a plain error's first line", () => {
    expect(oneLine(new Error('Port 4318 is already in use\n    at Server.listen (node:net:1)'))).toBe(
      'Port 4318 is already in use',
    );
    expect(oneLine('just text')).toBe('just text');
  });

  it("adds a build's first error, without colours or code frames", () => {
    const first = `${ESC}[31m[UNRESOLVED_IMPORT] ${ESC}[0mCould not resolve './Gone.svelte' in renderer/src/App.svelte\n    ╭─[ renderer/src/App.svelte:16:24 ]`;
    const e = Object.assign(new Error(`Build failed with 2 errors:\n\n${first}\n...`), {
      errors: [{ message: first }, { message: 'second' }],
    });
    expect(oneLine(e)).toBe(
      "Build failed with 2 errors; the first: [UNRESOLVED_IMPORT] Could not resolve './Gone.svelte' in renderer/src/App.svelte",
    );
  });

  it('names the only error of a build that failed once', () => {
    const e = Object.assign(new Error('Build failed with 1 error:\n\n[MISSING_EXPORT] "x" is not exported'), {
      errors: [{ message: '[MISSING_EXPORT] "x" is not exported by "a.ts".\n  code frame' }],
    });
    expect(oneLine(e)).toBe('Build failed with 1 error: [MISSING_EXPORT] "x" is not exported by "a.ts".');
  });
});
