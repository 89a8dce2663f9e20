/**
 * `npm run audit` (part of `npm test`, after the build): electronegativity's static checks over the built
 * main process, preload and renderer, gated by build/electronegativity-allow.json — any HIGH or MEDIUM
 * finding, or any file the tool cannot read, that is not allowed there with a reason fails the run.
 *
 * Why not its CLI: the CLI exits 0 whatever it finds, and its CSV report (the only one with severities) is
 * written by two concurrent async writes — header and rows — that can land in either order, losing rows.
 * So the audit calls the tool's runner, reads the findings it returns, and writes a SARIF report of them to
 * test-results/ for viewers. It makes no network request (see electronegativityOffline.cjs).
 */
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { auditVerdict, type Allowance } from './auditVerdict.ts';
import { electronVersion, scan, stageBuild } from './electronegativity.ts';

const report = resolve('test-results/electronegativity.sarif');

async function main(): Promise<number> {
  const allowList = JSON.parse(await readFile(resolve('build/electronegativity-allow.json'), 'utf8')) as {
    allow: Allowance[];
  };
  const folder = await stageBuild().catch((error: unknown) => {
    throw new Error(`audit: build the app first (npm run build): ${String(error)}`);
  });
  try {
    const { findings, unread } = await scan(folder, report);
    const verdict = auditVerdict(findings, unread, allowList.allow);
    console.log(
      `audit: electronegativity over the built main, preload and renderer (Electron ${await electronVersion()})`,
    );
    for (const { finding, reason } of verdict.allowed) {
      console.log(`  allowed  ${'id' in finding ? finding.id : 'UNREADABLE_FILE'}  ${finding.file} — ${reason}`);
    }
    for (const entry of verdict.unused) console.log(`  unused allowance ${entry.id} ${entry.file}: remove it`);
    for (const entry of verdict.unexplained)
      console.error(`  refused allowance ${entry.id} ${entry.file}: no reason given`);
    for (const finding of verdict.blocking) {
      console.error(`  ${finding.severity} ${finding.id} ${finding.file}:${finding.location} — ${finding.description}`);
      if (finding.sample) console.error(`      ${finding.sample.slice(0, 160)}`);
    }
    for (const file of verdict.unread)
      console.error(`  UNREADABLE ${file.file} — ${file.message}: nothing in it was checked`);
    const low = findings.length - verdict.blocking.length - verdict.allowed.filter((a) => 'id' in a.finding).length;
    console.log(
      `audit: ${verdict.passed ? 'passed' : 'FAILED'} — ${verdict.blocking.length} blocking, ` +
        `${verdict.allowed.length} allowed, ${low} low or informational; report in ${report}`,
    );
    return verdict.passed ? 0 : 1;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

process.exitCode = await main();
