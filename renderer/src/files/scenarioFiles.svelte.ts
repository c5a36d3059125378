/**
 * File → New / Open / Import / Export for the world: asks the host for a file (native dialog in the desktop app,
 * upload/download in the twin), reads it whole with `readWorldFile`, and only then stores it as a NEW sandbox (named
 * after the file, the imported account or the sample) and switches to it; the sandbox open before is kept as it was.
 * A refused file changes nothing, creates no sandbox, and says why (JSON path and reason).
 */
import type { HostApi } from '../../../shared/ipc/contract';
import type { OpenPurpose } from '../../../shared/ipc/files';
import { exportAuthzDetails } from '../../../shared/world/authz/export';
import { serializeScenario } from '../../../shared/world/scenario/parse';
import { SAMPLE_WORLDS } from '../../../shared/world/samples';
import type { ScenarioLayout } from '../../../shared/world/scenario/layout';
import type { World } from '../../../shared/world/types';
import { worldPersistence } from '../state/worldPersistence.svelte';
import type { WorldStore } from '../state/worldStore.svelte';
import { entityCount, readWorldFile, scenarioFileName, type WorldFileLoaded } from './worldFile';

/** What File → New / Open / Import need from the sandboxes (`WorldPersistence`; a fake in tests). */
export interface SandboxCreator {
  /** A name no sandbox has yet, from `base`. */
  freshName(base: string): string;
  /** Stores the world (arranged as `layout`) as a new sandbox and opens it; false (with `error` set) when refused. */
  createFromWorld(world: World, name: string, layout?: ScenarioLayout): Promise<boolean>;
  /** The last problem, as a sentence. */
  readonly error: string | null;
}

/** Strips what a sandbox name cannot hold (control characters) from a file name. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
}

/**
 * The base name of the sandbox a file becomes: an account export is named after its main account (the one with the
 * most entities), e.g. "Imported account 123456789012"; a scenario file after the file, e.g. "my-scenario.json".
 */
export function sandboxNameFor(read: WorldFileLoaded, fileName: string): string {
  if (read.kind === 'authz-details') {
    const ids = Object.keys(read.world.accounts);
    const size = (id: string) => entityCount({ ...read.world, accounts: { [id]: read.world.accounts[id] } });
    const main = ids.reduce<string | undefined>((best, id) => (best === undefined || size(id) > size(best) ? id : best), undefined);
    if (main) return `Imported account ${main}`;
  }
  return printable(fileName) || read.world.meta.name;
}

/** The last outcome, shown as a notice: success (`ok`) or a refusal. */
export interface FileNotice {
  ok: boolean;
  text: string;
}

/** One sample world on offer in File → New. */
export interface SampleChoice {
  id: string;
  name: string;
  description: string;
}

/** The sample worlds with their names and descriptions (built once to read them). */
export function sampleChoices(): SampleChoice[] {
  return SAMPLE_WORLDS.map((s) => {
    const w = s.build();
    return { id: s.id, name: w.meta.name, description: w.meta.description ?? '' };
  });
}

/** The scenario-file actions and their visible outcome. */
export class ScenarioFiles {
  notice = $state.raw<FileNotice | null>(null);
  /** True while File → New's chooser is open. */
  choosingSample = $state(false);
  busy = $state(false);
  #hostOf: () => HostApi;
  #store: WorldStore;
  #sandboxes: SandboxCreator;

  /** `host` is a getter so a component can pass its (reactive) prop; `sandboxes` receives the new worlds. */
  constructor(host: () => HostApi, store: WorldStore, sandboxes: SandboxCreator = worldPersistence) {
    this.#hostOf = host;
    this.#store = store;
    this.#sandboxes = sandboxes;
  }

  /** Opens a scenario or imports an account export (both kinds are recognised either way). */
  async open(purpose: OpenPurpose): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const picked = await this.#hostOf().openFile({ purpose });
      if (!picked.ok) return void (this.notice = { ok: false, text: picked.error.message });
      if (picked.value === null) return;
      const read = readWorldFile(picked.value.text, picked.value.name);
      if (!read.ok) return void (this.notice = { ok: false, text: read.message });
      await this.#createSandbox(read.world, sandboxNameFor(read, picked.value.name), read.summary, read.layout);
    } finally {
      this.busy = false;
    }
  }

  /** Saves the world as a scenario file, with the positions the user dragged (so a shared world keeps its arrangement). */
  async exportScenario(): Promise<void> {
    const world = this.#store.world;
    await this.#save(scenarioFileName(world), serializeScenario(world, this.#store.layoutToSave()), 'scenario');
  }

  /** Saves the world as `get-account-authorization-details` output (the first account). */
  async exportAuthzDetails(): Promise<void> {
    const world = this.#store.world;
    const text = `${JSON.stringify(exportAuthzDetails(world), null, 2)}\n`;
    await this.#save(scenarioFileName(world).replace(/\.iam-lab\.json$/, '.authz-details.json'), text, 'authorization details');
  }

  async #save(suggestedName: string, text: string, what: string): Promise<void> {
    const saved = await this.#hostOf().saveFile({ suggestedName, text });
    if (!saved.ok) this.notice = { ok: false, text: saved.error.message };
    else if (saved.value.saved) this.notice = { ok: true, text: `Saved the ${what} as ${saved.value.name ?? suggestedName}.` };
  }

  /** File → New: a new sandbox from a sample world, named after it; the open sandbox is kept. */
  async newFromSample(id: string): Promise<void> {
    const sample = SAMPLE_WORLDS.find((s) => s.id === id);
    if (!sample || this.busy) return;
    this.busy = true;
    try {
      const world = sample.build();
      this.choosingSample = false;
      await this.#createSandbox(world, world.meta.name, `New world from the sample “${world.meta.name}”.`);
    } finally {
      this.busy = false;
    }
  }

  /** Stores a world that was read whole as a new sandbox and says so; a host refusal is reported instead. */
  async #createSandbox(world: World, baseName: string, summary: string, layout?: ScenarioLayout): Promise<void> {
    const name = this.#sandboxes.freshName(baseName);
    if (await this.#sandboxes.createFromWorld(world, name, layout)) {
      this.notice = { ok: true, text: `${summary} It opened as a new sandbox, “${name}”; your other worlds are unchanged.` };
    } else {
      this.notice = { ok: false, text: this.#sandboxes.error ?? 'No sandbox could be created for it.' };
    }
  }
}
