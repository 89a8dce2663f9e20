import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

/** The parts of a DevTools CPU profile (`Profiler.stop`) read here. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

export interface TimeByFunction {
  /** Milliseconds spent in the function itself. */
  self: Array<[string, number]>;
  /** Milliseconds with the app's own function on the stack (what it and everything it calls cost). */
  appInclusive: Array<[string, number]>;
  /** Milliseconds not idle. */
  busyMs: number;
}

/**
 * Where a profile's time went, by function, named as in the source: the built renderer's source maps turn
 * `index-abc.js:1:40213` into `renderer/features/costs/CostGrid.tsx:108`.
 */
export function timeByFunction(profile: CpuProfile, assetsFolder: string, top = 25): TimeByFunction {
  const maps = new Map<string, TraceMap | null>();
  const names = new Map<number, string>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const nameOf = (id: number): string => {
    const known = names.get(id);
    if (known !== undefined) return known;
    const frame = nodes.get(id)?.callFrame;
    const name = frame ? sourceName(frame, assetsFolder, maps) : '(unknown)';
    names.set(id, name);
    return name;
  };
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const name = nameOf(id);
    if (name.startsWith('(idle)')) return;
    busyMs += ms;
    self.set(name, (self.get(name) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
      const frame = nameOf(node);
      if (/^\S+ (renderer|shared)\//.test(frame)) onStack.add(frame);
    }
    for (const frame of onStack) inclusive.set(frame, (inclusive.get(frame) ?? 0) + ms);
  });
  const largest = (map: Map<string, number>) => [...map.entries()].toSorted((a, b) => b[1] - a[1]).slice(0, top);
  return { self: largest(self), appInclusive: largest(inclusive), busyMs };
}

function sourceName(
  frame: CpuProfile['nodes'][number]['callFrame'],
  assetsFolder: string,
  maps: Map<string, TraceMap | null>,
): string {
  const fallback = frame.functionName || '(anonymous)';
  const file = frame.url.split('/').pop() ?? '';
  if (!file.endsWith('.js')) return `${fallback} ${file}`.trim();
  if (!maps.has(file)) {
    try {
      maps.set(file, new TraceMap(readFileSync(join(assetsFolder, `${file}.map`), 'utf8')));
    } catch {
      maps.set(file, null);
    }
  }
  const map = maps.get(file);
  if (!map) return `${fallback} ${file}:${frame.lineNumber + 1}`;
  const original = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const source = (original.source ?? file).replace(/^.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
  return `${original.name ?? fallback} ${source}:${original.line ?? 0}`;
}
