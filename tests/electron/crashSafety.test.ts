import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../shared/model/projectFile';

/**
 * Every acknowledged save survives a crash: a child process saves growing versions in a loop and is
 * SIGKILLed at random moments; after every kill the file must parse and hold the last acknowledged
 * version or the one being written — never an older one, never a mix.
 */

const kills = 100;
let folder: string;
let script: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'orw-crash-'));
  script = join(folder, 'saveLoop.cjs');
  await build({
    entryPoints: [resolve('tests/electron/support/saveLoop.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the save loop from `start`, kills it after `delayMs`, and resolves with the last acknowledged version. */
function runAndKill(path: string, start: number, delayMs: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, path, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked = start - 1;
    let buffer = '';
    let errors = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) acked = Number(line.slice('ack '.length));
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`save loop ended by itself: ${errors}`));
      else resolvePromise(acked);
    });
    // Kill only once the loop is running, then at a random moment within a few writes.
    const started = Date.now();
    const timer = setInterval(() => {
      if (acked >= start || Date.now() - started > 5000) {
        clearInterval(timer);
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    }, 1);
  });
}

function versionIn(text: string): number {
  const parsed = parseProjectFile(text);
  if (!parsed.ok) throw new Error(`the file does not parse after a kill: ${parsed.error.message}`);
  return Number(parsed.value.briefing.preparedBy.replace('version ', ''));
}

describe('crash safety of durable writes', () => {
  it(`keeps the last acknowledged save through ${kills} kills at random moments`, async () => {
    const path = join(folder, 'project.orw');
    let lastAcked = 0;
    let next = 1;
    for (let kill = 0; kill < kills; kill += 1) {
      const delay = Math.floor(Math.random() * 25);
      const acked = await runAndKill(path, next, delay);
      const found = versionIn(await readFile(path, 'utf8'));
      expect(found).toBeGreaterThanOrEqual(Math.max(acked, lastAcked));
      // At most the save that was in flight when the process died.
      expect(found).toBeLessThanOrEqual(Math.max(acked, lastAcked) + 1);
      lastAcked = Math.max(acked, found);
      next = lastAcked + 1;
    }
  }, 180_000);
});
