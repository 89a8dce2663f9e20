import { createHash } from 'node:crypto';

/** Lower-case words with punctuation dropped, so quoting or typographic apostrophes cannot hide a copy. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

export function runs(text: string, length: number): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i + length <= ws.length; i += 1) out.push(ws.slice(i, i + length).join(' '));
  return out;
}

/** A run's fingerprint: the fixture keeps these, never the source documents' words. */
export function runHash(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}
