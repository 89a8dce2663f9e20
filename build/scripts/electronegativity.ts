/**
 * Runs electronegativity's static checks in this process, offline, and returns what it found in the form
 * build/scripts/auditVerdict.ts judges. Used by `npm run audit` and by the test that proves the gate fails on
 * a real finding.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { transform } from 'esbuild';
import type { Finding, Unread } from './auditVerdict.ts';

const require = createRequire(import.meta.url);

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location?: { line: number; column: number };
  sample?: string;
  description: string;
}
type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: RawIssue[]; errors: Array<{ file: string; message: string; tolerable: boolean }> }>;

/**
 * The built app, laid out for the tool: `.js` names (it skips `.cjs`), and scripts lowered to ES2021 — its
 * parser predates class static blocks (ES2022), which libraries in the bundle use, and would skip those files.
 * Lowering keeps what the code does, so every file of the bundle is checked.
 */
export async function stageBuild(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'orw-audit-'));
  const files: Array<[from: string, to: string]> = [
    ['dist/electron/main.cjs', 'electron/main.js'],
    ['dist/electron/preload.cjs', 'electron/preload.js'],
    ...(await readdir(resolve('dist/renderer'), { recursive: true }))
      .filter((name) => /\.(js|html)$/.test(name))
      .map((name): [string, string] => [`dist/renderer/${name}`, `renderer/${name}`]),
  ];
  for (const [from, to] of files) {
    const text = await readFile(resolve(from), 'utf8');
    const staged = to.endsWith('.js') ? (await transform(text, { target: 'es2021', loader: 'js' })).code : text;
    await mkdir(dirname(join(folder, to)), { recursive: true });
    await writeFile(join(folder, to), staged);
  }
  return folder;
}

/** The Electron version the app is built with: the tool's checks depend on its defaults. */
export async function electronVersion(): Promise<string> {
  const text = await readFile(require.resolve('electron/package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/**
 * Every finding in `folder`, and every file the tool could not read; writes them as a SARIF report to `sarif`
 * (ours, not the tool's: it writes its report after it returns, and rates every finding alike).
 */
export async function scan(folder: string, sarif: string): Promise<{ findings: Finding[]; unread: Unread[] }> {
  (require('./electronegativityOffline.cjs') as { install(): void }).install();
  const run = require('@doyensec/electronegativity/dist/runner.js') as Runner;
  const result = await run(
    {
      input: folder,
      isRelative: true,
      // Compares the version with a release list from the network; the dependency update flow covers that.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: await electronVersion(),
      customScan: [],
      parserPlugins: [],
    },
    false,
  );
  const scanned = {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
      sample: issue.sample ?? '',
      description: issue.description,
    })),
    unread: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => ({ file: error.file.replace(`${folder}/`, ''), message: error.message })),
  };
  await mkdir(dirname(sarif), { recursive: true });
  await writeFile(sarif, `${JSON.stringify(toSarif(scanned.findings), null, 2)}\n`);
  return scanned;
}

const sarifLevel = (severity: string) =>
  severity === 'HIGH' || severity === 'MEDIUM' ? 'error' : severity === 'LOW' ? 'warning' : 'note';

/** SARIF 2.1.0, the format code-scanning viewers read; one result per finding. */
function toSarif(findings: readonly Finding[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'Electronegativity', rules: [...new Set(findings.map((f) => f.id))].map((id) => ({ id })) },
        },
        results: findings.map((finding) => {
          const [line = 1, column = 0] = finding.location.split(':').map(Number);
          return {
            ruleId: finding.id,
            level: sarifLevel(finding.severity),
            message: { text: `${finding.severity}: ${finding.description}` },
            // A global check (the app as a whole) has no place in a file.
            locations:
              finding.file === 'N/A'
                ? []
                : [
                    {
                      physicalLocation: {
                        artifactLocation: { uri: finding.file },
                        region: { startLine: Math.max(1, line), startColumn: column + 1 },
                      },
                    },
                  ],
          };
        }),
      },
    ],
  };
}
