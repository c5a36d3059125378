/**
 * Action autocomplete for the request builder: the service list first, then — once a service prefix is typed — that
 * service's actions with their access level, loaded lazily (one service file at a time, never the whole catalog).
 */
import { loadCatalogFor } from '../lib/catalog-browser';

/** One suggestion. */
export interface ActionOption {
  value: string;
  label: string;
}

/** Suggestions for what has been typed so far (at most `limit`). */
export async function actionOptions(typed: string, limit = 60): Promise<ActionOption[]> {
  const colon = typed.indexOf(':');
  if (colon < 0) {
    const catalog = await loadCatalogFor([]);
    const q = typed.toLowerCase();
    return catalog
      .listServices()
      .filter((s) => s.startsWith(q))
      .slice(0, limit)
      .map((s) => ({ value: `${s}:`, label: catalog.serviceName(s) ?? s }));
  }
  const service = typed.slice(0, colon).toLowerCase();
  const catalog = await loadCatalogFor([service]);
  const q = typed.slice(colon + 1).toLowerCase();
  return (catalog.listActions(service) ?? [])
    .filter((a) => a.name.toLowerCase().startsWith(q))
    .slice(0, limit)
    .map((a) => ({ value: a.id, label: a.accessLevel }));
}
