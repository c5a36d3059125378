/**
 * A vitest environment for renderer state tests: plain Node globals, but modules are transformed for the browser
 * (Vite's `client` environment), so Svelte compiles runes to client code and `$effect`s run.
 */
import type { Environment } from 'vitest/environments';

export default <Environment>{
  name: 'svelte-client-node',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
};
