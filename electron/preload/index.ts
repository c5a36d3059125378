/**
 * The sandboxed preload: exposes one object, `window.iamLab`, of named functions built from the contract's method
 * table. The renderer never sees `ipcRenderer`; menu listeners get the command only (no event) and an unsubscribe.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_METHODS, MENU_EVENT, type HostApi } from '../../shared/ipc/contract';
import { isMenuCommand, type MenuCommand } from '../../shared/ipc/menu';

const api: Record<string, unknown> = {};
for (const [method, channel] of Object.entries(HOST_METHODS)) {
  api[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
}
api.onMenuCommand = (listener: (command: MenuCommand) => void) => {
  const wrapped = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_EVENT, wrapped);
  return () => {
    ipcRenderer.removeListener(MENU_EVENT, wrapped);
  };
};

contextBridge.exposeInMainWorld('iamLab', api as HostApi);
