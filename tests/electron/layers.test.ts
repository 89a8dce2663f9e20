import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer table of DESIGN.md is enforced by the lint config. These tests lint deliberately bad files,
 * laid out like the repo, with the real .oxlintrc.json, and expect each forbidden import to be reported.
 */

const run = promisify(execFile);
const oxlint = resolve('node_modules/.bin/oxlint');
let root: string;

async function lint(files: Record<string, string>): Promise<{ failed: boolean; output: string }> {
  const folder = await mkdtemp(join(root, 'case-'));
  await copyFile(resolve('.oxlintrc.json'), join(folder, '.oxlintrc.json'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text);
  }
  try {
    const { stdout } = await run(oxlint, ['--deny-warnings', '--format', 'unix', '.'], { cwd: folder });
    return { failed: false, output: stdout };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'orw-layers-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const forbidden: Array<[layer: string, file: string, specifier: string]> = [
  ['shared', 'shared/model/bad.ts', 'node:fs'],
  ['shared', 'shared/model/bad.ts', 'path'],
  ['shared', 'shared/model/bad.ts', 'electron'],
  ['shared', 'shared/model/bad.ts', 'react'],
  ['shared', 'shared/model/bad.ts', '../../renderer/api'],
  ['shared', 'shared/model/bad.ts', '../../electron/services'],
  ['services', 'electron/services/bad.ts', 'electron'],
  ['services', 'electron/services/bad.ts', '../../renderer/store'],
  ['services', 'electron/services/bad.ts', '../window'],
  ['shell', 'electron/bad.ts', '../renderer/api'],
  ['shell', 'electron/bad.ts', 'react'],
  ['renderer', 'renderer/features/bad.ts', 'node:fs/promises'],
  ['renderer', 'renderer/features/bad.ts', 'fs'],
  ['renderer', 'renderer/features/bad.ts', 'electron'],
  ['renderer', 'renderer/features/bad.ts', '../../electron/services'],
  ['renderer', 'renderer/features/bad.ts', 'lowdb'],
];

describe('the layer table is enforced by the linter', () => {
  it.each(forbidden)('%s: %s may not import "%s"', async (_layer, file, specifier) => {
    const { failed, output } = await lint({
      [file]: `import * as forbidden from '${specifier}';\nexport const used = forbidden;\n`,
    });
    expect(failed).toBe(true);
    expect(output).toContain('no-restricted-imports');
    expect(output).toContain(specifier);
  });

  it('accepts the imports each layer is allowed', async () => {
    const { failed, output } = await lint({
      'shared/model/good.ts': `import { z } from 'zod';\nimport { ok } from '../result';\nexport const used = [z, ok];\n`,
      'electron/services/good.ts': `import { readFile } from 'node:fs/promises';\nimport { Low } from 'lowdb';\nimport { ok } from '../../shared/result';\nexport const used = [readFile, Low, ok];\n`,
      'electron/good.ts': `import { app } from 'electron';\nimport { createServices } from './services';\nexport const used = [app, createServices];\n`,
      'renderer/good.ts': `import { useState } from 'react';\nimport { ok } from '../shared/result';\nexport const used = [useState, ok];\n`,
    });
    expect(output).not.toContain('no-restricted-imports');
    expect(failed).toBe(false);
  });
});
