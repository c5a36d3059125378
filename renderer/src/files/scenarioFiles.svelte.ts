/**
 * File → New / Open / Import / Export for the world: asks the host for a file (native dialog in the desktop app,
 * upload/download in the twin), reads it whole with `readWorldFile`, and only then replaces the WorldStore's world.
 * A refused file leaves the world untouched and says why (JSON path and reason).
 */
import type { HostApi } from '../../../shared/ipc/contract';
import type { OpenPurpose } from '../../../shared/ipc/files';
import { exportAuthzDetails } from '../../../shared/world/authz/export';
import { serializeScenario } from '../../../shared/world/scenario/parse';
import { SAMPLE_WORLDS } from '../../../shared/world/samples';
import type { WorldStore } from '../state/worldStore.svelte';
import { readWorldFile, scenarioFileName } from './worldFile';

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

  /** `host` is a getter so a component can pass its (reactive) prop. */
  constructor(host: () => HostApi, store: WorldStore) {
    this.#hostOf = host;
    this.#store = store;
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
      this.#store.load(read.world);
      this.notice = { ok: true, text: read.summary };
    } finally {
      this.busy = false;
    }
  }

  /** Saves the world as a scenario file. */
  async exportScenario(): Promise<void> {
    const world = this.#store.world;
    await this.#save(scenarioFileName(world), serializeScenario(world), 'scenario');
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

  /** Starts over from a sample world (File → New). */
  newFromSample(id: string): void {
    const sample = SAMPLE_WORLDS.find((s) => s.id === id);
    if (!sample) return;
    const world = sample.build();
    this.#store.load(world);
    this.choosingSample = false;
    this.notice = { ok: true, text: `New world from the sample “${world.meta.name}”.` };
  }
}
