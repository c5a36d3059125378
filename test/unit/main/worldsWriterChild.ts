/**
 * Child process for the killed-write fault test (store-faults.test.ts): opens one of main's stored documents in
 * `argv[2]` through the real module — `worlds` (worlds.json) or `app` (iam-lab.json) as `argv[3]` — and saves a large
 * document again and again, one "generation" after another, printing `saved <g> <ms>` after each completed save (with
 * how long that save took). The test SIGKILLs it at different moments and checks what is left on disk.
 */
import { openStore } from '../../../electron/main/store';
import { openWorldsStore } from '../../../electron/main/worldsStore';
import type { StoredLessonPack } from '../../../shared/ipc/lessonPacks';
import { welcomeWorld } from '../../../shared/world/samples';
import { addWorld, type WorldsDocument } from '../../../shared/world/store-doc';

const dir = process.argv[2];
const kind = process.argv[3] === 'app' ? 'app' : 'worlds';
const entryCount = Number(process.argv[4] ?? 8);
const bytesPerEntry = Number(process.argv[5] ?? 4_000_000);

/** The generation a name carries (0 for none). */
function generationOfName(name: string | undefined): number {
  const m = /^generation (\d+)$/.exec(name ?? '');
  return m ? Number(m[1]) : 0;
}

const filler = (g: number) => `g${g} `.repeat(Math.ceil(bytesPerEntry / `g${g} `.length)).slice(0, bytesPerEntry);

/** A worlds document of generation `g`: every world is named after it, and each carries a large description. */
function worldsOf(g: number): WorldsDocument {
  let doc: WorldsDocument = { format: 'iam-lab-worlds', version: 1, activeWorldId: 'welcome', worlds: {} };
  for (let i = 0; i < entryCount; i++) {
    const world = welcomeWorld();
    world.meta = { name: `generation ${g}`, description: filler(g) };
    doc = addWorld(
      doc,
      i === 0 ? 'welcome' : `copy ${i}`,
      world,
      `2025-01-01T00:00:${String(i).padStart(2, '0')}Z`,
    ).doc;
  }
  for (const id of Object.keys(doc.worlds)) doc.worlds[id].name = `generation ${g}`;
  return { ...doc, activeWorldId: 'welcome' };
}

/** The lesson packs of generation `g` (stored raw in the app document): each titled after it, each large. */
function packsOf(g: number): StoredLessonPack[] {
  return Array.from({ length: entryCount }, (_, i) => ({ id: `pack-${i}`, title: `generation ${g}`, text: filler(g) }));
}

async function run(save: (g: number) => Promise<void>, start: number): Promise<never> {
  for (let g = start + 1; ; g++) {
    const started = performance.now();
    await save(g);
    process.stdout.write(`saved ${g} ${Math.round(performance.now() - started)}\n`);
  }
}

if (kind === 'worlds') {
  const store = await openWorldsStore({ dir });
  await run(async (g) => store.commit(worldsOf(g)), generationOfName(store.read().worlds.welcome?.name));
} else {
  const store = await openStore({ dir });
  await run(
    (g) =>
      store.update((doc) => {
        doc.lessonPacks = packsOf(g);
      }),
    generationOfName(store.db.data.lessonPacks?.[0]?.title),
  );
}
