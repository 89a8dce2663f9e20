import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromiumPath, missingTestTools } from '../../tools/testTools';

const nothing = () => false;
const everything = () => true;

describe('what the end-to-end tests need that npm does not install', () => {
  it('is satisfied by Debian’s Chromium and poppler’s pdftotext', () => {
    expect(missingTestTools({}, everything, everything)).toEqual([]);
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('says in one line how to get Chromium, or where to point CHROMIUM_PATH', () => {
    const [line, ...rest] = missingTestTools({}, nothing, everything);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^Chromium is not at \/usr\/bin\/chromium: .*apt-get install chromium.*CHROMIUM_PATH/);
    expect(line).not.toContain('\n');
  });

  it('looks where CHROMIUM_PATH says', () => {
    const seen: string[] = [];
    missingTestTools({ CHROMIUM_PATH: '/opt/chrome/chrome' }, (path) => (seen.push(path), true), everything);
    expect(seen).toEqual(['/opt/chrome/chrome']);
    expect(missingTestTools({ CHROMIUM_PATH: '/opt/chrome/chrome' }, nothing, everything)[0]).toMatch(
      /^Chromium is not at \/opt\/chrome\/chrome \(CHROMIUM_PATH\): /,
    );
  });

  it('says how to get pdftotext, which reads the printed checklist back', () => {
    expect(missingTestTools({}, everything, nothing)).toEqual([expect.stringMatching(/poppler-utils/)]);
  });
});

describe('npm test on a machine without Chromium', () => {
  it('stops at once with one line', () => {
    const check = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'tools/checkTestTools.ts'],
      { env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' }, encoding: 'utf8', timeout: 20_000 },
    );
    expect(check.status).toBe(1);
    expect(check.stdout).toBe('');
    expect(check.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^npm test: Chromium is not at \/nowhere/)]);
  });

  it('is the first thing npm test runs', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['pretest']).toContain('tools/checkTestTools.ts');
  });
});
