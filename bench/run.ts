import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { benchPersistence } from './persistence';

/**
 * `npm run bench`: measures against the budgets written in the issues and writes bench/report.json.
 * Exits non-zero when a budget is missed. Not part of `npm test`: timings belong here, not in assertions.
 */

interface Budget {
  name: string;
  measured: number;
  limit: number;
  unit: string;
}

const persistence = await benchPersistence();
const budgets: Budget[] = [
  { name: 'save ÷ bare durable write (p50)', measured: persistence.saveRatio, limit: 1.5, unit: '×' },
  { name: 'open ÷ bare read + JSON.parse (p50)', measured: persistence.openRatio, limit: 3, unit: '×' },
];

const report = {
  generatedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
  },
  persistence,
  budgets: budgets.map((b) => ({ ...b, pass: b.measured <= b.limit })),
};
await writeFile('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);

console.log(`large project: ${(persistence.fileBytes / 1024).toFixed(0)} KiB`);
const line = (label: string, s: { p50: number; p95: number }) =>
  console.log(`${label.padEnd(34)} p50 ${s.p50} ms, p95 ${s.p95} ms`);
line('open (services)', persistence.open);
line('bare readFile + JSON.parse', persistence.bareOpen);
line('save (services)', persistence.save);
line('save through IPC (with validation)', persistence.saveThroughIpc);
line('bare write + fsync + rename + fsync', persistence.bareSave);
for (const b of report.budgets)
  console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured}${b.unit} (budget ≤ ${b.limit}${b.unit})`);
if (report.budgets.some((b) => !b.pass)) process.exitCode = 1;
