import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/**
 * bench/report.json: every figure of the bench beside its floor (the same thing done by the least that can do
 * it, measured in the same run) and its budget from the issues, plus each part's raw measurements. Each part
 * of `npm run bench` adds its section; `verdict` reads it, and keeps a copy in bench/history/ for the spread
 * over runs.
 */

export const reportPath = 'bench/report.json';
const historyFolder = 'bench/history';

/** A budget: at most `max` of the measured value (in the figure's unit), or of its ratio to the floor. */
export interface Limit {
  of: 'measured' | 'ratio';
  max: number;
  /** The budget says "under" rather than "at most". */
  strict?: boolean;
}

export interface Figure {
  /** The part of the bench that measured it. */
  section: string;
  name: string;
  measured: number;
  unit: string;
  /** The same figure for the floor (a blank React page, a plain textarea, a bare read), from the same run. */
  floor?: number;
  /** measured ÷ floor. */
  ratio?: number;
  /** None for a figure reported for what it tells (a split, a floor's own cost). */
  budget?: Limit;
  pass?: boolean;
}

/** A figure that has a budget. */
export type Budget = Figure & { budget: Limit; pass: boolean };

export const isBudget = (entry: Figure): entry is Budget => entry.budget !== undefined;

export interface Report {
  generatedAt: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryGb: number };
  sections: Record<string, unknown>;
  figures: Figure[];
}

export const atMost = (max: number): Limit => ({ of: 'measured', max });
export const under = (max: number): Limit => ({ of: 'measured', max, strict: true });
export const ratioAtMost = (max: number): Limit => ({ of: 'ratio', max });

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/** A figure as the report keeps it: rounded, with its ratio to the floor and whether it meets its budget. */
export function figure(
  name: string,
  measured: number,
  unit: string,
  { floor, budget }: { floor?: number; budget?: Limit } = {},
): Omit<Figure, 'section'> {
  const ratio = floor === undefined || floor <= 0 ? undefined : twoDecimals(measured / floor);
  const checked = budget?.of === 'ratio' ? ratio : measured;
  const pass =
    budget === undefined
      ? undefined
      : checked !== undefined && (budget.strict ? checked < budget.max : checked <= budget.max);
  return {
    name,
    measured: twoDecimals(measured),
    unit,
    ...(floor === undefined ? {} : { floor: twoDecimals(floor) }),
    ...(ratio === undefined ? {} : { ratio }),
    ...(budget === undefined ? {} : { budget, pass }),
  };
}

export async function readReport(path = reportPath): Promise<Report | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Report;
  } catch {
    return null;
  }
}

function emptyReport(): Report {
  const cpu = cpus();
  return {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    sections: {},
    figures: [],
  };
}

/** Starts a fresh report (the first part of a bench run). */
export async function startReport(): Promise<void> {
  await writeFile(reportPath, `${JSON.stringify(emptyReport(), null, 2)}\n`);
}

/** Adds a section's measurements and figures to the report (replacing that section's figures of the same names). */
export async function addToReport(
  section: string,
  measurements: unknown,
  entries: Array<Omit<Figure, 'section'>>,
): Promise<void> {
  const report = (await readReport()) ?? emptyReport();
  report.sections[section] = measurements;
  const names = new Set(entries.map((entry) => entry.name));
  report.figures = [
    ...report.figures.filter((f) => !names.has(f.name)),
    ...entries.map((entry) => ({ section, ...entry })),
  ];
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
}

/** Keeps a copy of the finished report in bench/history/, named by when it was started. */
export async function keepInHistory(report: Report): Promise<void> {
  await mkdir(historyFolder, { recursive: true });
  await copyFile(reportPath, join(historyFolder, `report-${report.generatedAt.replaceAll(':', '-')}.json`));
}

/** The last `count` reports of bench/history/, oldest first. */
export async function lastReports(count: number): Promise<Report[]> {
  const files = (await readdir(historyFolder).catch(() => [])).filter((f) => f.endsWith('.json')).toSorted();
  const reports = await Promise.all(files.slice(-count).map((file) => readReport(join(historyFolder, file))));
  return reports.filter((report) => report !== null);
}
