import { resolve } from 'node:path';
import { projectFileExtension } from '../../shared/model/projectFile';
import { AppFailure } from '../../shared/result';

/** How the app came by a path: a file dialog the user answered, the OS (double-click, drop), or its own making. */
export type PathSource = 'dialog' | 'os' | 'app';

/** `\\server\share`, `//server/share`, `\\?\…`, `\\.\…`: Windows reaches these over the network or as devices. */
export const isNetworkOrDevicePath = (path: string) => /^([\\/]{2}|\\\?\?\\)/.test(path);

/** A path resolved, and without case where the platform's file systems usually ignore it: one key per file. */
export const pathKey = (path: string) => (process.platform === 'linux' ? resolve(path) : resolve(path).toLowerCase());

/**
 * The paths the main process handed to the renderer — from its dialogs, files the OS opened with the app,
 * and files it created — so a path coming back from the renderer can be checked: a compromised or confused
 * page cannot make the app read, lock, copy or reveal any other file. The library's paths are granted too
 * (they came this way in an earlier session); `ProjectServices` asks the library for those.
 */
export class PathGrants {
  private readonly granted = new Map<string, PathSource>();

  grant(path: string, source: PathSource): string {
    const key = pathKey(path);
    // A path picked in a dialog stays "picked" even when the app hands it out again.
    if (this.granted.get(key) !== 'dialog') this.granted.set(key, source);
    return path;
  }

  has(path: string): boolean {
    return this.granted.has(pathKey(path));
  }

  pickedInDialog(path: string): boolean {
    return this.granted.get(pathKey(path)) === 'dialog';
  }
}

export const notChosen = () =>
  new AppFailure(
    'invalid-request',
    'The app only works with files you chose. Open this file with File › Open (or from your project list) first.',
  );

export function requireProjectFile(path: string): void {
  if (!path.toLowerCase().endsWith(projectFileExtension)) {
    throw new AppFailure(
      'invalid-request',
      `Only project files (${projectFileExtension}) can be opened here. Choose a file whose name ends in ${projectFileExtension}.`,
    );
  }
}
