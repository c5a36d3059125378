/** The application menu: standard roles, named commands forwarded to the renderer. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';
import { MENU_COMMANDS } from '../../../shared/ipc/menu';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('menuTemplate', () => {
  it('has File, Edit, View and Help, plus the app menu on macOS only', () => {
    const labels = (platform: string) => menuTemplate(() => {}, platform).map((m) => m.label ?? m.role);
    expect(labels('linux')).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels('darwin')).toEqual(['appMenu', '&File', '&Edit', '&View', '&Help']);
  });

  it('uses the standard roles for clipboard, zoom and quit', () => {
    const roles = flatten(menuTemplate(() => {}, 'linux'))
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'resetZoom', 'zoomIn', 'zoomOut', 'quit']));
  });

  it('offers every menu command once and sends its id when clicked', () => {
    const send = vi.fn();
    const items = flatten(menuTemplate(send, 'linux')).filter((i) => i.click);
    expect(items.map((i) => i.id).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of items) (item.click as () => void)();
    expect(send.mock.calls.map(([c]) => c)).toEqual(items.map((i) => i.id));
  });

  it('leaves F11 and undo to the page so the twin and text fields behave the same', () => {
    const items = flatten(menuTemplate(() => {}, 'linux'));
    const presenter = items.find((i) => i.id === 'view.presenter-toggle');
    expect(presenter).toMatchObject({ accelerator: 'F11', registerAccelerator: false });
    expect(items.find((i) => i.id === 'edit.undo')).toMatchObject({ registerAccelerator: false });
  });
});
