import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditVerdict, type Allowance, type Finding } from '../../build/scripts/auditVerdict';
import { scan } from '../../build/scripts/electronegativity';

const finding = (id: string, severity: string, file = 'electron/main.js'): Finding => ({
  id,
  severity,
  confidence: 'CERTAIN',
  file,
  location: '1:0',
  sample: '',
  description: `${id} found`,
});

describe('auditVerdict', () => {
  const openExternal: Allowance = {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main.js',
    reason: 'Checked URLs only.',
  };

  it('fails on any HIGH or MEDIUM finding that is not allowed', () => {
    for (const severity of ['HIGH', 'MEDIUM']) {
      const verdict = auditVerdict([finding('NODE_INTEGRATION_JS_CHECK', severity)], [], [openExternal]);
      expect(verdict.passed).toBe(false);
      expect(verdict.blocking.map((blocking) => blocking.id)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    }
  });

  it('passes LOW and informational findings', () => {
    expect(auditVerdict([finding('CSP_GLOBAL_CHECK', 'LOW'), finding('X', 'INFORMATIONAL')], [], []).passed).toBe(true);
  });

  it('passes an allowed finding and says why it is allowed', () => {
    const verdict = auditVerdict([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM')], [], [openExternal]);
    expect(verdict.passed).toBe(true);
    expect(verdict.allowed).toEqual([
      { finding: finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'), reason: 'Checked URLs only.' },
    ]);
  });

  it('allows a finding only in the file named, with * for hashed chunk names', () => {
    const inRenderer = finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'renderer/assets/index-Ab12.js');
    expect(auditVerdict([inRenderer], [], [openExternal]).passed).toBe(false);
    const chunk: Allowance = { ...openExternal, file: 'renderer/assets/index-*.js' };
    expect(auditVerdict([inRenderer], [], [chunk]).passed).toBe(true);
  });

  it('refuses an allowance without a reason, and fails', () => {
    const verdict = auditVerdict([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM')], [], [{ ...openExternal, reason: ' ' }]);
    expect(verdict.passed).toBe(false);
    expect(verdict.unexplained).toHaveLength(1);
  });

  it('fails on a file the tool could not read, unless that is allowed with a reason', () => {
    const unread = [{ file: 'renderer/assets/lib-1.js', message: 'Unknown node type' }];
    expect(auditVerdict([], unread, []).passed).toBe(false);
    const allowance = { id: 'UNREADABLE_FILE', file: 'renderer/assets/lib-*.js', reason: 'Vendored parser.' };
    expect(auditVerdict([], unread, [allowance]).passed).toBe(true);
  });

  it('reports allowances that matched nothing, so the list does not rot', () => {
    expect(auditVerdict([], [], [openExternal]).unused).toEqual([openExternal]);
  });

  it('has a reason for every entry of the project’s allow-list', async () => {
    const { allow } = JSON.parse(await readFile('build/electronegativity-allow.json', 'utf8')) as {
      allow: Allowance[];
    };
    for (const entry of allow) expect(entry.reason.length, entry.id).toBeGreaterThan(30);
  });
});

describe('the audit, run on code with a real problem', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'orw-audit-test-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('finds an insecure window and the gate fails on it, without the network', async () => {
    await mkdir(join(folder, 'electron'));
    await writeFile(
      join(folder, 'electron', 'main.js'),
      `const { BrowserWindow } = require('electron');
       const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
       window.loadURL('http://example.com/');`,
    );
    const { findings, unread } = await scan(folder, join(folder, 'report.sarif'));
    expect(unread).toEqual([]);
    const ids = findings.map((found) => found.id);
    expect(ids).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK']),
    );
    const { allow } = JSON.parse(await readFile('build/electronegativity-allow.json', 'utf8')) as {
      allow: Allowance[];
    };
    const verdict = auditVerdict(findings, unread, allow);
    expect(verdict.passed).toBe(false);
    expect(verdict.blocking.map((blocking) => blocking.id)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK']),
    );
    const sarif = JSON.parse(await readFile(join(folder, 'report.sarif'), 'utf8')) as {
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.runs[0]?.results.length).toBe(findings.length);
  }, 60_000);
});
