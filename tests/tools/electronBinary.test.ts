import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, electronMissingMessage } from '../../tools/electronBinary';

const packageDir = '/app/node_modules/electron';

/** A file system holding exactly these files (with these contents). */
function files(entries: Record<string, string>) {
  return {
    exists: (path: string) => path in entries,
    read: (path: string) => entries[path] ?? null,
  };
}

describe('where npm start finds Electron', () => {
  it('uses the binary Electron’s installer put in the package', () => {
    const fs = files({ [join(packageDir, 'path.txt')]: 'electron', [join(packageDir, 'dist', 'electron')]: '' });
    expect(electronBinary(packageDir, {}, 'linux', fs)).toBe(join(packageDir, 'dist', 'electron'));
  });

  it('finds nothing before the first download, or when the download was cut short', () => {
    expect(electronBinary(packageDir, {}, 'linux', files({}))).toBeNull();
    expect(electronBinary(packageDir, {}, 'linux', files({ [join(packageDir, 'path.txt')]: 'electron' }))).toBeNull();
  });

  it('takes a local copy from ELECTRON_OVERRIDE_DIST_PATH, named for the platform', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' };
    expect(electronBinary(packageDir, env, 'linux', files({ '/opt/electron-45/electron': '' }))).toBe(
      '/opt/electron-45/electron',
    );
    expect(electronBinary(packageDir, env, 'win32', files({ [join('/opt/electron-45', 'electron.exe')]: '' }))).toBe(
      join('/opt/electron-45', 'electron.exe'),
    );
    expect(electronBinary(packageDir, env, 'linux', files({}))).toBeNull();
  });
});

describe('what npm start says when it cannot get Electron', () => {
  it('says in one line that the first start needs the network once, or how to use a local copy', () => {
    const line = electronMissingMessage('45.4.1');
    expect(line).not.toContain('\n');
    expect(line).toMatch(/first start .* network/);
    expect(line).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(line).toContain('electron_config_cache');
    expect(line).toContain('45.4.1');
  });
});
