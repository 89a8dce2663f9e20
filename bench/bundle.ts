import { readFile } from 'node:fs/promises';
import type { ChunkReport } from '../build/scripts/bundleReport';

/** Packages that must never load with the first screen: charts, Word export, the worker bridge. */
export const loadOnDemand = [/^@visx\//, /^d3-/, /^docx$/, /^comlink$/];

const kib = (bytes: number) => Math.round(bytes / 10.24) / 100;

async function chunksOf(path: string): Promise<ChunkReport[]> {
  return JSON.parse(await readFile(path, 'utf8')) as ChunkReport[];
}

/** Raw KiB by package over some chunks, largest first. */
function byPackage(chunks: readonly ChunkReport[]): Array<{ package: string; rawKiB: number }> {
  const bytes = new Map<string, number>();
  for (const chunk of chunks) {
    for (const [name, size] of Object.entries(chunk.packages)) bytes.set(name, (bytes.get(name) ?? 0) + size);
  }
  return [...bytes].toSorted((a, b) => b[1] - a[1]).map(([name, size]) => ({ package: name, rawKiB: kib(size) }));
}

const initialGzipKiB = (chunks: readonly ChunkReport[]) =>
  kib(chunks.filter((chunk) => chunk.initial).reduce((sum, chunk) => sum + chunk.gzipBytes, 0));

/**
 * The renderer build's JavaScript from bundle-report.json: what loads with the first screen (gzip, and raw
 * by package), each chunk loaded on demand by package, and the floor: the blank React page built with the
 * same Vite settings (dist/bench-floor/).
 */
export async function bundleFigures(
  appReport = 'dist/renderer/bundle-report.json',
  floorReport = 'dist/bench-floor/bundle-report.json',
) {
  const chunks = await chunksOf(appReport);
  const initial = chunks.filter((chunk) => chunk.initial);
  const initialPackages = byPackage(initial);
  return {
    initialGzipKiB: initialGzipKiB(chunks),
    floorInitialGzipKiB: initialGzipKiB(await chunksOf(floorReport)),
    initialRawKiB: kib(initial.reduce((sum, chunk) => sum + chunk.rawBytes, 0)),
    initialByPackage: initialPackages,
    lazyInInitial: initialPackages
      .map((entry) => entry.package)
      .filter((name) => loadOnDemand.some((pattern) => pattern.test(name))),
    lazyChunks: chunks
      .filter((chunk) => !chunk.initial)
      .toSorted((a, b) => b.gzipBytes - a.gzipBytes)
      .map((chunk) => ({ file: chunk.file, gzipKiB: kib(chunk.gzipBytes), byPackage: byPackage([chunk]) })),
  };
}

export type BundleFigures = Awaited<ReturnType<typeof bundleFigures>>;
