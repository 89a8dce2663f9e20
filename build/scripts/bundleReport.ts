import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** One JavaScript file of the renderer build, with what it holds by package. */
export interface ChunkReport {
  file: string;
  /** Loaded with the page (the entry and everything it imports statically). */
  initial: boolean;
  isEntry: boolean;
  isDynamicEntry: boolean;
  gzipBytes: number;
  rawBytes: number;
  /** Package (or "app" for the project's own code) → raw bytes of its modules in this chunk. */
  packages: Record<string, number>;
  /** The project's own modules in this chunk (path from the repository root) → raw bytes. */
  appModules: Record<string, number>;
  imports: string[];
}

/** The package a module id belongs to: "react-dom", "@visx/shape", or "app" for our own files. */
export function packageOf(moduleId: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId.replaceAll('\\', '/'));
  return match?.[1] ?? 'app';
}

/**
 * Writes dist/renderer/bundle-report.json after each build: every chunk's size (raw and gzip), what is in it
 * by package, and whether it loads with the first screen. `npm run bench` reads it against the budgets.
 */
export function bundleReport(): Plugin {
  return {
    name: 'bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const initial = new Set<string>();
      const visit = (file: string) => {
        if (initial.has(file)) return;
        initial.add(file);
        for (const imported of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
      const report: ChunkReport[] = chunks.map((chunk) => {
        const packages: Record<string, number> = {};
        const appModules: Record<string, number> = {};
        for (const [id, info] of Object.entries(chunk.modules)) {
          const name = packageOf(id);
          packages[name] = (packages[name] ?? 0) + info.renderedLength;
          if (name === 'app') appModules[relative(process.cwd(), id)] = info.renderedLength;
        }
        return {
          file: chunk.fileName,
          initial: initial.has(chunk.fileName),
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          gzipBytes: gzipSync(chunk.code).length,
          rawBytes: Buffer.byteLength(chunk.code),
          packages,
          appModules,
          imports: chunk.imports,
        };
      });
      this.emitFile({ type: 'asset', fileName: 'bundle-report.json', source: `${JSON.stringify(report, null, 2)}\n` });
    },
  };
}
