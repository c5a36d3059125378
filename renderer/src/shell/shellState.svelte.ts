/**
 * The app shell's state: current area, theme, presenter mode, the store-backup notice, the open dialog (and whether
 * the first-run welcome shows). Loads from and saves to the host's settings; knows nothing about which host that is.
 */
import type { HostApi } from '../../../shared/ipc/contract';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import {
  AREAS,
  DEFAULT_SETTINGS,
  type Area,
  type Settings,
  type SettingsPatch,
  type Theme,
} from '../../../shared/ipc/settings';
import type { StoreStatus } from '../../../shared/ipc/storeStatus';

/** Which modal dialog is open, if any. */
export type ShellDialog = 'about' | 'shortcuts' | 'welcome' | 'help' | null;

/** The Help dialog's tabs. */
export type HelpTab = 'start' | 'keyboard' | 'glossary';

/** The shell's reactive state; one instance per app. */
export class ShellState {
  #host: HostApi;
  settings = $state<Settings>({ ...DEFAULT_SETTINGS });
  storeStatus = $state<StoreStatus | null>(null);
  noticeDismissed = $state(false);
  appInfo = $state<AppInfo | null>(null);
  dialog = $state<ShellDialog>(null);
  /** The tab the Help dialog opens on. */
  helpTab = $state<HelpTab>('start');
  /** True once settings were loaded (the first-run welcome is decided then). */
  loaded = $state(false);
  /** The last host error, shown in the notice bar. */
  hostError = $state<string | null>(null);
  /** Whether the operating system prefers dark (for the `system` theme). */
  systemDark = $state(false);

  /** The theme actually applied. */
  effectiveTheme = $derived<'light' | 'dark'>(
    this.settings.theme === 'system' ? (this.systemDark ? 'dark' : 'light') : this.settings.theme,
  );

  constructor(host: HostApi) {
    this.#host = host;
  }

  get area(): Area {
    return this.settings.lastArea;
  }

  /** Loads settings and the store status from the host. */
  async load(): Promise<void> {
    const [settings, status, info] = await Promise.all([
      this.#host.getSettings(),
      this.#host.getStoreStatus(),
      this.#host.getAppInfo(),
    ]);
    if (settings.ok) this.settings = settings.value;
    else this.hostError = settings.error.message;
    if (status.ok) this.storeStatus = status.value;
    if (info.ok) this.appInfo = info.value;
    // First start (or a document from before the welcome existed): greet with the three ways in.
    if (!this.settings.welcomeDismissed && this.dialog === null) this.dialog = 'welcome';
    this.loaded = true;
  }

  /** Opens the Help dialog on a tab. */
  openHelp(tab: HelpTab = 'start'): void {
    this.helpTab = tab;
    this.dialog = 'help';
  }

  /** Closes the welcome and remembers that it was seen (it stays reachable from Help and the palette). */
  closeWelcome(): Promise<void> {
    if (this.dialog === 'welcome') this.dialog = null;
    return this.settings.welcomeDismissed ? Promise.resolve() : this.update({ welcomeDismissed: true });
  }

  /** Applies a change at once and saves it through the host. */
  async update(patch: SettingsPatch): Promise<void> {
    this.settings = { ...this.settings, ...patch };
    const saved = await this.#host.setSettings(patch);
    if (!saved.ok) this.hostError = `Settings were not saved: ${saved.error.message}`;
  }

  /** Shows an area. */
  showArea(area: Area): Promise<void> {
    return this.update({ lastArea: area });
  }

  /** Shows the next (+1) or previous (-1) area, wrapping around. */
  stepArea(delta: 1 | -1): Promise<void> {
    const i = AREAS.indexOf(this.area);
    return this.showArea(AREAS[(i + delta + AREAS.length) % AREAS.length]);
  }

  /** Switches between light and dark (leaving `system` for an explicit choice). */
  toggleTheme(): Promise<void> {
    const next: Theme = this.effectiveTheme === 'dark' ? 'light' : 'dark';
    return this.update({ theme: next });
  }

  /** Turns presenter mode on or off. */
  togglePresenter(): Promise<void> {
    return this.update({ presenter: !this.settings.presenter });
  }
}
