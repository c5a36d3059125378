/**
 * Pre-release version 0 → version 1. Version 0 (the first prototype's files) called the clock `now` and kept tags as
 * AWS's `[{Key, Value}]` lists; version 1 names it `clock` and keeps tags as a key → value map.
 */

type Json = Record<string, unknown>;

/** `[{Key, Value}]` → `{Key: Value}`; anything else is returned unchanged for the validator to report. */
function tagMap(tags: unknown): unknown {
  if (!Array.isArray(tags)) return tags;
  const out = Object.create(null) as Record<string, unknown>; // tag keys are user-chosen (`__proto__` too)
  for (const t of tags) {
    if (t && typeof t === 'object' && typeof (t as Json).Key === 'string')
      out[(t as Json).Key as string] = (t as Json).Value;
    else return tags;
  }
  return out;
}

/** Converts the tag lists of every record entry that has `tags`. */
function convertTags(record: unknown): unknown {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
  return Object.fromEntries(
    Object.entries(record as Json).map(([k, v]) =>
      v && typeof v === 'object' && 'tags' in (v as Json)
        ? [k, { ...(v as Json), tags: tagMap((v as Json).tags) }]
        : [k, v],
    ),
  );
}

/** Migrates a version-0 scenario document to version 1 (a new object; the input is not changed). */
export function migrateV0ToV1(doc: Json): Json {
  const world = { ...((doc.world as Json) ?? {}) };
  if ('now' in world && !('clock' in world)) {
    world.clock = world.now;
    delete world.now;
  }
  if (world.accounts && typeof world.accounts === 'object') {
    world.accounts = Object.fromEntries(
      Object.entries(world.accounts as Json).map(([id, acct]) => {
        if (!acct || typeof acct !== 'object') return [id, acct];
        const a = { ...(acct as Json) };
        for (const key of ['users', 'roles', 'resources', 'instances', 'identityProviders', 'policies'])
          a[key] = convertTags(a[key]);
        return [id, a];
      }),
    );
  }
  return { ...doc, version: 1, world };
}
