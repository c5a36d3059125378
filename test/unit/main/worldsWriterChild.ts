/**
 * Child process for the killed-write fault test (store-faults.test.ts): opens the worlds store in `argv[2]` through
 * the real module and saves a large document again and again, one "generation" after another, printing
 * `saved <g> <ms>` after each completed save (with how long that save took). The test SIGKILLs it at different moments and checks what is left on disk.
 */
import { openWorldsStore } from '../../../electron/main/worldsStore';
import { welcomeWorld } from '../../../shared/world/samples';
import { addWorld, type WorldsDocument } from '../../../shared/world/store-doc';

const dir = process.argv[2];
const worldCount = Number(process.argv[3] ?? 8);
const bytesPerWorld = Number(process.argv[4] ?? 4_000_000);

/** The generation stored in a document (0 for a fresh one). */
function generationOf(doc: WorldsDocument): number {
  const m = /^generation (\d+)$/.exec(doc.worlds.welcome?.name ?? '');
  return m ? Number(m[1]) : 0;
}

/** A document of generation `g`: every world is named after it, and each carries a large description. */
function documentOf(g: number): WorldsDocument {
  const filler = `g${g} `.repeat(Math.ceil(bytesPerWorld / `g${g} `.length)).slice(0, bytesPerWorld);
  let doc: WorldsDocument = {
    format: 'iam-lab-worlds',
    version: 1,
    activeWorldId: 'welcome',
    worlds: {},
  };
  for (let i = 0; i < worldCount; i++) {
    const world = welcomeWorld();
    world.meta = { name: `generation ${g}`, description: filler };
    doc = addWorld(
      doc,
      i === 0 ? 'welcome' : `copy ${i}`,
      world,
      `2025-01-01T00:00:${String(i).padStart(2, '0')}Z`,
    ).doc;
  }
  doc.worlds.welcome.name = `generation ${g}`;
  for (const id of Object.keys(doc.worlds)) doc.worlds[id].name = `generation ${g}`;
  return { ...doc, activeWorldId: 'welcome' };
}

const store = await openWorldsStore({ dir });
for (let g = generationOf(store.read()) + 1; ; g++) {
  const doc = documentOf(g);
  const started = performance.now();
  await store.commit(doc);
  process.stdout.write(`saved ${g} ${Math.round(performance.now() - started)}\n`);
}
