/**
 * The one file path of the app (`Files`): every open, import, save and export goes through here and the host's typed
 * `files:open` / `files:save` channels (native dialog in the desktop app, upload/download in the twin). A file is
 * read whole first; then
 * - a scenario file or an account export becomes a NEW sandbox (named after the file, the imported account or the
 *   sample, with the scenario's saved layout) and is switched to; the sandbox open before is kept as it was;
 * - a theatre share file opens in the Evaluate area as a scenario in its own session; no sandbox is touched.
 * A refused file changes nothing, creates no sandbox, and says why (JSON path and reason). Exports save the world on
 * screen (the sandbox, a lesson's world or a scenario), whichever it is.
 */
import type { HostApi } from '../../../shared/ipc/contract';
import type { OpenPurpose } from '../../../shared/ipc/files';
import { exportAuthzDetails } from '../../../shared/world/authz/export';
import { serializeScenario } from '../../../shared/world/scenario/parse';
import { SAMPLE_WORLDS } from '../../../shared/world/samples';
import type { ScenarioLayout } from '../../../shared/world/scenario/layout';
import type { World } from '../../../shared/world/types';
import { parseShare, SHARE_FORMAT } from '../../../shared/theatre/share';
import type { TheatreHandoff } from '../session/scenarioState.svelte';
import type { Notice } from '../shell/notice';
import type { WorldSession } from '../session/worldSession.svelte';
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
    const main = ids.reduce<string | undefined>(
      (best, id) => (best === undefined || size(id) > size(best) ? id : best),
      undefined,
    );
    if (main) return `Imported account ${main}`;
  }
  return printable(fileName) || read.world.meta.name;
}

/** The last outcome, shown as a notice: success (`ok`) or a refusal. */
export type FileNotice = Notice;

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

/** What the file service needs from the app. */
export interface FilesDeps {
  /** The host (a getter, so tests and components can swap it). */
  host: () => HostApi;
  /** The world on screen (what Export saves). */
  onScreen: () => WorldSession;
  /** Receives the new sandboxes (`WorldPersistence`; a fake in tests). */
  sandboxes: SandboxCreator;
  /** Shows a theatre share file in the Evaluate area as a scenario of its own. */
  openScenario: (handoff: TheatreHandoff) => void;
}

const SHARE_PROBLEMS: Record<string, string> = {
  'share.not-json': 'it is not JSON',
  'share.wrong-format': 'it is not a theatre scenario',
  'share.newer-version': 'it was written by a newer IAM Lab',
  'share.bad-world': 'its world is not valid',
  'share.bad-request': 'its request is not valid',
};

/** True when the text declares itself a theatre share file (so it opens as a scenario, not a sandbox). */
function looksLikeShare(text: string): boolean {
  return text.length < 64 * 1024 * 1024 && text.includes(`"${SHARE_FORMAT}"`);
}

/** The app's file actions and their visible outcome. */
export class Files {
  notice = $state.raw<FileNotice | null>(null);
  /** True while File → New's chooser is open. */
  choosingSample = $state(false);
  busy = $state(false);
  #deps: FilesDeps;

  constructor(deps: FilesDeps) {
    this.#deps = deps;
  }

  /** File → Open / Import: asks the host for a file, then opens it like `openText`. */
  async open(purpose: OpenPurpose): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const picked = await this.#deps.host().openFile({ purpose });
      if (!picked.ok) return void (this.notice = { ok: false, text: picked.error.message });
      if (picked.value === null) return;
      await this.#openText(picked.value.text, picked.value.name);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Opens a file's text that a page control read (the graph toolbar's Import, Evaluate's Open scenario, a drop):
   * the same path as File → Open. Resolves to true when something opened.
   */
  async openText(text: string, fileName: string): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      return await this.#openText(text, fileName);
    } finally {
      this.busy = false;
    }
  }

  async #openText(text: string, fileName: string): Promise<boolean> {
    if (looksLikeShare(text)) {
      const parsed = parseShare(text);
      if (!parsed.ok) {
        this.notice = {
          ok: false,
          text: `${fileName} was not opened: ${SHARE_PROBLEMS[parsed.problem] ?? parsed.problem}.`,
        };
        return false;
      }
      const { world, request, step, predict } = parsed.share;
      this.#deps.openScenario({ source: `Shared file “${printable(fileName)}”`, world, draft: request, step, predict });
      this.notice = {
        ok: true,
        text: `${fileName} opened in Evaluate as a scenario with its own world; your sandboxes are unchanged.`,
      };
      return true;
    }
    const read = readWorldFile(text, fileName);
    if (!read.ok) return (void (this.notice = { ok: false, text: read.message }), false);
    return this.#createSandbox(read.world, sandboxNameFor(read, fileName), read.summary, read.layout);
  }

  /** Saves the world on screen as a scenario file, with the positions the user dragged. */
  async exportScenario(): Promise<void> {
    const store = this.#deps.onScreen().store;
    await this.#save(scenarioFileName(store.world), serializeScenario(store.world, store.layoutToSave()), 'scenario');
  }

  /** Saves the world on screen as `get-account-authorization-details` output (the first account). */
  async exportAuthzDetails(): Promise<void> {
    const world = this.#deps.onScreen().store.world;
    const text = `${JSON.stringify(exportAuthzDetails(world), null, 2)}\n`;
    await this.#save(
      scenarioFileName(world).replace(/\.iam-lab\.json$/, '.authz-details.json'),
      text,
      'authorization details',
    );
  }

  /** Saves any text through the host (a theatre share file, a PNG's data is not text and goes through `download`). */
  async saveText(suggestedName: string, text: string, what: string): Promise<void> {
    await this.#save(suggestedName, text, what);
  }

  async #save(suggestedName: string, text: string, what: string): Promise<void> {
    const saved = await this.#deps.host().saveFile({ suggestedName, text });
    if (!saved.ok) this.notice = { ok: false, text: saved.error.message };
    else if (saved.value.saved)
      this.notice = { ok: true, text: `Saved the ${what} as ${saved.value.name ?? suggestedName}.` };
  }

  /** File → New and every "new world from a sample": a new sandbox from a sample world; the open sandbox is kept. */
  async newFromSample(id: string, name?: string): Promise<boolean> {
    const sample = SAMPLE_WORLDS.find((s) => s.id === id);
    if (!sample || this.busy) return false;
    this.busy = true;
    try {
      const world = sample.build();
      this.choosingSample = false;
      return await this.#createSandbox(
        world,
        name ?? world.meta.name,
        `New world from the sample “${world.meta.name}”.`,
        undefined,
        name !== undefined,
      );
    } finally {
      this.busy = false;
    }
  }

  /** Stores a world that was read whole as a new sandbox and says so; a host refusal is reported instead. */
  async #createSandbox(
    world: World,
    baseName: string,
    summary: string,
    layout?: ScenarioLayout,
    exactName = false,
  ): Promise<boolean> {
    const name = exactName ? baseName : this.#deps.sandboxes.freshName(baseName);
    if (await this.#deps.sandboxes.createFromWorld(world, name, layout)) {
      this.notice = {
        ok: true,
        text: `${summary} It opened as a new sandbox, “${name}”; your other worlds are unchanged.`,
      };
      return true;
    }
    this.notice = { ok: false, text: this.#deps.sandboxes.error ?? 'No sandbox could be created for it.' };
    return false;
  }
}
