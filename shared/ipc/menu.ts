/**
 * Commands the application menu sends to the renderer over the `menu:command` event. The renderer routes each id to
 * whichever area handles it; areas that do not exist yet simply do not subscribe.
 */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.import',
  'file.export',
  'edit.undo',
  'edit.redo',
  'view.theme-toggle',
  'view.presenter-toggle',
  'view.terminal-toggle',
  'view.command-palette',
  'help.about',
  'help.shortcuts',
  'help.contents',
  'help.welcome',
] as const;

/** One menu command id. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True when `value` is a known menu command (the preload drops anything else). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
