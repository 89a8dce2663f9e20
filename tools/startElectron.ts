/**
 * `npm start`: starts the built app in Electron. The first start fetches Electron's binary with Electron's own
 * installer; when that cannot be done (offline), it says so in one line instead of a download's stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary, electronMissingMessage } from './electronBinary.ts';

const packageJson = createRequire(import.meta.url).resolve('electron/package.json');
const packageDir = dirname(packageJson);
const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
const files = {
  exists: existsSync,
  read: (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
};

let binary = electronBinary(packageDir, process.env, process.platform, files);
if (binary === null) {
  console.warn(`npm start: fetching Electron ${version} (first start only)…`);
  const install = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  binary = electronBinary(packageDir, process.env, process.platform, files);
  if (install.status !== 0 || binary === null) {
    console.error(electronMissingMessage(version));
    process.exit(1);
  }
}

const app = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit', windowsHide: false });
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
