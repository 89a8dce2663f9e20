import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { channels, eventNames, type Channel, type EventName, type WorkbenchBridge } from '../shared/contract';

/** The renderer's only door to the main process: contract channels in, contract events out, nothing else. */
const bridge: WorkbenchBridge = {
  invoke(channel, request) {
    if (!channels.includes(channel as Channel)) return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on(event, listener) {
    if (!(eventNames as readonly string[]).includes(event as EventName))
      throw new Error(`Unknown event: ${String(event)}`);
    // Never hand the IpcRendererEvent (and its sender) to the page.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
  pathForFile(file) {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return ''; // not a file from disk (dragged from a web page, say)
    }
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
