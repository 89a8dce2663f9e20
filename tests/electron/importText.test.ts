import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { testMachine, testPorts, type TestMachine } from './support/testPorts';

let root: string;
let machine: TestMachine;
let services: Services;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'orw-import-'));
  machine = testMachine(root);
  services = createServices(testPorts(machine));
});

afterEach(async () => {
  await services.dispose();
  await rm(root, { recursive: true, force: true });
});

const importCsv = () => services.handlers['file:import-text']({ format: 'csv' });

describe('importing a text file', () => {
  it('returns the chosen file’s text without its byte-order mark', async () => {
    const file = join(root, 'costs.csv');
    await writeFile(file, '\uFEFFPeriod,Labour\nFY2024,"1,200"\n');
    machine.dialogAnswers.open.push(file);
    expect(await importCsv()).toEqual({ ok: true, value: { path: file, content: 'Period,Labour\nFY2024,"1,200"\n' } });
  });

  it('answers cancelled when the user closes the dialog', async () => {
    machine.dialogAnswers.open.push(null);
    expect(await importCsv()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('refuses a binary file and a file that is far too large, with a sentence', async () => {
    const binary = join(root, 'photo.csv');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const huge = join(root, 'huge.csv');
    await writeFile(huge, Buffer.alloc(11 * 1024 * 1024, 0x41));
    machine.dialogAnswers.open.push(binary, huge);
    expect(await importCsv()).toMatchObject({ ok: false, error: { code: 'invalid-file', message: /not a text file/ } });
    expect(await importCsv()).toMatchObject({ ok: false, error: { code: 'too-large', message: /larger than 10 MB/ } });
  });

  it('says which file could not be read when it vanished', async () => {
    machine.dialogAnswers.open.push(join(root, 'gone.csv'));
    expect(await importCsv()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
