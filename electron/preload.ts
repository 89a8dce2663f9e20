import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  channels,
  droppedFileChannel,
  eventNames,
  type Channel,
  type EventName,
  type WorkbenchBridge,
} from '../shared/contract';

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
    let path: string;
    try {
      path = webUtils.getPathForFile(file as File);
    } catch {
      return ''; // not a file from disk (dragged from a web page, say)
    }
    // Only a real file the user dropped has a path; the main process then accepts it like a dialog's answer.
    // Sent before the page can invoke anything with it: IPC messages from one frame arrive in order.
    if (path) ipcRenderer.send(droppedFileChannel, path);
    return path;
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
