/** Facts for the About box. The renderer must not change behaviour on `host`; it is shown to the user only. */
export interface AppInfo {
  name: string;
  version: string;
  /** `desktop` (Electron) or `browser` (the twin). Display only. */
  host: 'desktop' | 'browser';
  /** Runtime versions worth quoting in a bug report, e.g. `{ electron: '41.7.1', chrome: '...' }`. */
  runtime: Record<string, string>;
}
