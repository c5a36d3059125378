/**
 * The lazy loading both hosts do around `createCatalog`: the index files once, then only the services a policy names
 * (`servicesReferenced`), each read once and cached. A host only says how to read the data (files in Node, Vite
 * chunks in the renderer); shared/ reads nothing itself.
 */
import { createCatalog, type Catalog, type CatalogData, type CatalogServiceData } from './catalog';

/** How a host reads the catalog data. */
export interface CatalogSource {
  /** The service list and names, the RCP services and the global condition keys. */
  readBase(): Promise<Omit<CatalogData, 'loaded'>>;
  /** One service's actions, condition keys and resource types; undefined when there is no such service. */
  readService(service: string): Promise<CatalogServiceData | undefined>;
}

/**
 * A `loadCatalogFor` over `source`: it returns a catalog holding the wanted services (unknown or oddly named prefixes
 * are ignored), plus the service list and global keys. Reads are cached for the loader's lifetime.
 */
export function catalogLoader(source: CatalogSource): (wanted: Iterable<string>) => Promise<Catalog> {
  let base: Promise<Omit<CatalogData, 'loaded'>> | undefined;
  const services = new Map<string, Promise<CatalogServiceData | undefined>>();
  const service = (name: string): Promise<CatalogServiceData | undefined> => {
    let p = services.get(name);
    if (!p) {
      p = source.readService(name);
      services.set(name, p);
    }
    return p;
  };
  return async (wanted) => {
    base ??= source.readBase();
    const b = await base;
    const known = b.services ? new Set(b.services) : undefined;
    const names = [...new Set([...wanted].map((s) => s.toLowerCase()))].filter(
      (s) => /^[a-z0-9-]+$/.test(s) && (!known || known.has(s)),
    );
    const loaded: Record<string, CatalogServiceData> = {};
    await Promise.all(
      names.map(async (s) => {
        const d = await service(s);
        if (d) loaded[s] = d;
      }),
    );
    return createCatalog({ ...b, loaded });
  };
}
