import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import afterSign from '../../build/scripts/afterSign';
import { linuxIconSizes } from '../../build/scripts/iconSizes';
import { signingStatus } from '../../build/scripts/signing';

/** electron-builder.yml as electron-builder reads it, and the configuration schema electron-builder ships. */
async function builderConfig(): Promise<Record<string, unknown>> {
  return parse(await readFile('electron-builder.yml', 'utf8')) as Record<string, unknown>;
}

const require = createRequire(import.meta.url);

interface Target {
  target: string;
  arch?: string[];
}

/** A PNG's width and height, from its header. */
async function pngSize(path: string): Promise<[number, number]> {
  const bytes = await readFile(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('is valid against the configuration schema shipped in electron-builder’s package', async () => {
    const schema = JSON.parse(await readFile(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(await builderConfig());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('flips the security fuses in the packaged binary', async () => {
    expect((await builderConfig())['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('packs the app into an asar, with only the built bundle and no source maps or node_modules', async () => {
    const config = await builderConfig();
    expect(config['asar']).toBe(true);
    expect(config['files']).toEqual(['dist/**/*', 'package.json', '!**/*.map', '!node_modules/**/*']);
  });

  it('builds the Windows installer and portable exe, a universal macOS dmg, an AppImage and a deb', async () => {
    const config = await builderConfig();
    const targets = (platform: string) =>
      ((config[platform] as { target: Array<Target | string> }).target ?? []).map((target) =>
        typeof target === 'string' ? { target } : target,
      );
    expect(targets('win')).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(targets('mac')).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(targets('linux').map((target) => target.target)).toEqual(['AppImage', 'deb']);
  });

  it('names every artifact with the version', async () => {
    const config = await builderConfig();
    const names = [
      config['artifactName'],
      ...['dmg', 'nsis', 'portable', 'appImage', 'deb'].map(
        (target) => (config[target] as { artifactName?: string }).artifactName,
      ),
    ];
    for (const name of names) expect(name).toMatch(/\$\{version\}/);
  });

  it('registers .orw files with their own document icon', async () => {
    const config = await builderConfig();
    expect(config['fileAssociations']).toEqual([
      expect.objectContaining({ ext: 'orw', role: 'Editor', icon: 'document' }),
    ]);
    for (const file of ['build/document.icns', 'build/document.ico'])
      expect((await stat(file)).size).toBeGreaterThan(1000);
  });

  it('uses icons generated for every OS from build/icon.svg', async () => {
    expect(await pngSize('build/icon.png')).toEqual([1024, 1024]);
    for (const file of ['build/icon.icns', 'build/icon.ico']) expect((await stat(file)).size).toBeGreaterThan(1000);
    const linux = (await readdir('build/icons')).toSorted();
    expect(linux).toEqual(linuxIconSizes.map((size) => `${size}x${size}.png`).toSorted());
    for (const size of linuxIconSizes) expect(await pngSize(`build/icons/${size}x${size}.png`)).toEqual([size, size]);
    const icns = await readFile('build/icon.icns');
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    const ico = await readFile('build/icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  });

  it('runs the signing hook after signing', async () => {
    const config = await builderConfig();
    expect(config['afterSign']).toBe('build/scripts/afterSign.ts');
    expect(typeof afterSign).toBe('function');
  });
});

describe('signingStatus', () => {
  it('skips macOS signing and notarization with one line each naming the variables, when none are set', () => {
    const status = signingStatus('darwin', {});
    expect(status).toMatchObject({ signed: false, notarized: false });
    expect(status.lines).toHaveLength(2);
    expect(status.lines[0]).toMatch(/^signing: skipped — set CSC_LINK and CSC_KEY_PASSWORD/);
    expect(status.lines[1]).toMatch(/^notarization: skipped — .*APPLE_API_KEY/);
  });

  it('notarizes only a signed app with a complete set of Apple credentials', () => {
    const signed = { CSC_LINK: 'cert.p12', CSC_KEY_PASSWORD: 'secret' };
    expect(signingStatus('darwin', { ...signed, APPLE_ID: 'me@example.com' }).notarized).toBe(false);
    expect(
      signingStatus('darwin', {
        ...signed,
        APPLE_ID: 'me@example.com',
        APPLE_APP_SPECIFIC_PASSWORD: 'x',
        APPLE_TEAM_ID: 'T',
      }),
    ).toMatchObject({ signed: true, notarized: true });
    expect(
      signingStatus('darwin', { ...signed, APPLE_API_KEY: 'k', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 'u' })
        .notarized,
    ).toBe(true);
    expect(
      signingStatus('darwin', { APPLE_API_KEY: 'k', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 'u' }).notarized,
    ).toBe(false);
  });

  it('signs Windows builds when a certificate is given, and says how otherwise', () => {
    expect(signingStatus('win32', { WIN_CSC_LINK: 'cert.pfx' })).toMatchObject({ signed: true });
    expect(signingStatus('win32', { CSC_LINK: ' ' }).lines).toEqual([
      expect.stringMatching(/^signing: skipped — set WIN_CSC_LINK/),
    ]);
  });

  it('has nothing to sign on Linux', () => {
    expect(signingStatus('linux', { CSC_LINK: 'x' }).lines).toEqual([
      'signing: not used for AppImage and deb packages',
    ]);
  });
});
