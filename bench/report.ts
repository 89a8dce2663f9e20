import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';

/** bench/report.json: every measurement and every budget of the issues, written by each part of the bench. */

export const reportPath = 'bench/report.json';

export interface Budget {
  name: string;
  measured: number;
  limit: number;
  unit: string;
  /** The budget says "under" the limit rather than "at most". */
  strict?: boolean;
  pass: boolean;
}

export interface Report {
  generatedAt: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryGb: number };
  sections: Record<string, unknown>;
  budgets: Budget[];
}

async function read(): Promise<Report | null> {
  try {
    return JSON.parse(await readFile(reportPath, 'utf8')) as Report;
  } catch {
    return null;
  }
}

/** Starts a fresh report (the first part of a bench run). */
export async function startReport(): Promise<void> {
  const cpu = cpus();
  const report: Report = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    sections: {},
    budgets: [],
  };
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
}

/** Adds a section's measurements and budgets to the report. */
export async function addToReport(
  section: string,
  measurements: unknown,
  budgets: Array<Omit<Budget, 'pass'>>,
): Promise<void> {
  const report = (await read()) ?? {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, cpus: 0, cpuModel: '', memoryGb: 0 },
    sections: {},
    budgets: [],
  };
  report.sections[section] = measurements;
  report.budgets = [
    ...report.budgets.filter((b) => !budgets.some((n) => n.name === b.name)),
    ...budgets.map((b) => ({ ...b, pass: b.strict ? b.measured < b.limit : b.measured <= b.limit })),
  ];
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
}

/** Prints every budget and returns whether all passed. */
export async function verdict(): Promise<boolean> {
  const report = await read();
  if (!report) {
    console.log('No bench/report.json: run npm run bench.');
    return false;
  }
  for (const b of report.budgets) {
    console.log(
      `${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured} ${b.unit} (budget ${b.strict ? '<' : '≤'} ${b.limit} ${b.unit})`,
    );
  }
  return report.budgets.every((b) => b.pass);
}
