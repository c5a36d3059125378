/**
 * The application menu: the platform's standard roles where they exist (cut/copy/paste, zoom, quit, the macOS app
 * menu) and named commands sent to the renderer for the app's own actions. `menuTemplate` is pure for tests.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu';

/** Builds the menu template; `send` forwards a command to the window's renderer. */
export function menuTemplate(send: (command: MenuCommand) => void, platform: string): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, id: MenuCommand, accelerator?: string, registerAccelerator = true) => ({
    label,
    id,
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
    click: () => send(id),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        command('New Scenario', 'file.new', 'CmdOrCtrl+N'),
        command('Open Scenario…', 'file.open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('Import Account Export…', 'file.import', 'CmdOrCtrl+I'),
        command('Export Scenario…', 'file.export', 'CmdOrCtrl+E'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The renderer decides: text fields undo text, the world undoes commands.
        command('Undo', 'edit.undo', 'CmdOrCtrl+Z', false),
        command('Redo', 'edit.redo', 'Shift+CmdOrCtrl+Z', false),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        command('Toggle Dark Theme', 'view.theme-toggle', 'CmdOrCtrl+Shift+L', false),
        // F11 is handled by the page itself, so it works the same in the browser twin.
        command('Presenter Mode', 'view.presenter-toggle', 'F11', false),
        // Handled by the page's own key listener too, so they work the same in the browser twin.
        command('Command Palette…', 'view.command-palette', 'CmdOrCtrl+K', false),
        command('Terminal', 'view.terminal-toggle', 'CmdOrCtrl+`', false),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        // `?` is handled by the page itself (outside text fields), so it works the same in the browser twin.
        command('IAM Lab Help', 'help.contents'),
        command('Welcome…', 'help.welcome'),
        command('Keyboard Shortcuts', 'help.shortcuts', 'CmdOrCtrl+/', false),
        { type: 'separator' },
        command('About IAM Lab', 'help.about'),
      ],
    },
  );
  return template;
}
