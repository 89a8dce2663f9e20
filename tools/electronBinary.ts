import { join } from 'node:path';

/**
 * Where `npm start` finds Electron's binary. The `electron` package fetches it on first use (about 100 MB,
 * into its own `dist/`), which needs the network once; `ELECTRON_OVERRIDE_DIST_PATH` points at a local copy.
 */

type Env = Record<string, string | undefined>;

interface Files {
  exists(path: string): boolean;
  /** The file's text, or null when there is none. */
  read(path: string): string | null;
}

/** The executable's name inside an unpacked Electron, per platform (as Electron's installer names it). */
function executableName(platform: string): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The Electron executable to start, or null when it is not on this machine yet. */
export function electronBinary(packageDir: string, env: Env, platform: string, files: Files): string | null {
  const installed = files.read(join(packageDir, 'path.txt'));
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override
    ? join(override, installed ?? executableName(platform))
    : installed && join(packageDir, 'dist', installed);
  return binary && files.exists(binary) ? binary : null;
}

export function electronMissingMessage(version: string): string {
  return `npm start: Electron ${version} could not be fetched. The first start downloads it once (about 100 MB), which needs the network: connect and run npm start again, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${version} folder (or electron_config_cache to a folder holding its zip).`;
}
