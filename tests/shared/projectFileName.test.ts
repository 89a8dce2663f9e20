import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFreeFileName, projectFileName } from '../../shared/model/projectFileName';

const extension = '.orw';
// oxlint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const forbiddenInFileNames = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const reservedOnWindows = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

function baseOf(fileName: string): string {
  return fileName.slice(0, -extension.length);
}

/** Characters that file names trip over, mixed with ordinary ones. */
const awkwardCharacter = fc.oneof(
  fc.constantFrom('<', '>', ':', '"', '/', '\\', '|', '?', '*', '.', ' ', '\t', '\n', '\r', '\u0000', '\u001f'),
  fc.constantFrom('\u007f', '\u00a0', '\u2028', '\ufeff', 'é', 'e\u0301', 'ß', '中', '😀', 'a', 'Z', '7', '-', '('),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

const reservedName = fc
  .tuple(
    fc.constantFrom('CON', 'con', 'Prn', 'aux', 'NUL', 'nul', 'Com1', 'COM9', 'lpt1', 'LPT9'),
    fc.constantFrom('', ' ', '.', ' . ', '..'),
    fc.constantFrom('', ' ', '.', ' .', '...'),
  )
  .map(([name, before, after]) => `${before}${name}${after}`);

/** Short enough that no cut at 80 characters happens, even where NFC makes a character three. */
const shortName = fc.oneof(
  fc.string({ unit: awkwardCharacter, maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  reservedName,
);

const longName = fc.oneof(
  fc.string({ unit: awkwardCharacter, minLength: 100, maxLength: 250 }),
  fc.string({ unit: 'grapheme', minLength: 100, maxLength: 250 }),
);

function expectPortable(fileName: string): void {
  expect(fileName.endsWith(extension)).toBe(true);
  const base = baseOf(fileName);
  expect(base).toMatch(/\S/);
  expect(Array.from(base).length).toBeLessThanOrEqual(80);
  expect(base).not.toMatch(forbiddenInFileNames);
  expect(base).not.toMatch(/^[. ]/);
  expect(base).not.toMatch(reservedOnWindows);
}

describe('projectFileName', () => {
  it('keeps an ordinary project name as it is', () => {
    expect(projectFileName('Acme support')).toBe('Acme support.orw');
    expect(projectFileName('Zürich — Collections 2025')).toBe('Zürich — Collections 2025.orw');
  });

  it('replaces characters a file name cannot hold', () => {
    expect(projectFileName('Acme: Q3/Q4 <draft>')).toBe('Acme Q3 Q4 draft.orw');
    expect(projectFileName('line\none\ttab')).toBe('line one tab.orw');
  });

  it('makes a portable name, without dots or spaces at either end, for any short project name', () => {
    fc.assert(
      fc.property(shortName, (name) => {
        const fileName = projectFileName(name);
        expectPortable(fileName);
        expect(baseOf(fileName)).not.toMatch(/[. ]$/);
      }),
    );
  });

  it('makes a portable name of at most 80 characters before the extension for any long project name', () => {
    fc.assert(
      fc.property(longName, (name) => {
        const fileName = projectFileName(name);
        expectPortable(fileName);
        expect(baseOf(fileName)).not.toMatch(/ $/);
      }),
    );
  });

  it('does not end the name with a dot when a long name is cut at 80 characters', () => {
    const name = `${'x'.repeat(79)}.y`;
    const base = baseOf(projectFileName(name));
    expect(Array.from(base).length).toBeLessThanOrEqual(80);
    expect(base).not.toMatch(/[. ]$/);
  });

  it('never produces a Windows device name as the bare file name', () => {
    for (const name of ['CON', 'nul', 'Com1', ' prn. ', 'LPT9', 'aux..']) {
      const base = baseOf(projectFileName(name));
      expect(base).toMatch(/\S/);
      expect(base).not.toMatch(reservedOnWindows);
    }
  });

  it('gives a usable name when nothing of the project name is left', () => {
    for (const name of ['', '   ', '...', '???', '<>:"/\\|?*', '\u0000\u0001']) {
      expectPortable(projectFileName(name));
    }
  });
});

describe('firstFreeFileName', () => {
  it('returns the name itself when the folder does not have it', () => {
    expect(firstFreeFileName('Acme.orw', [])).toBe('Acme.orw');
    expect(firstFreeFileName('Acme.orw', ['Other.orw', 'Acme (2).orw'])).toBe('Acme.orw');
  });

  it('numbers the name from 2 when it is taken', () => {
    expect(firstFreeFileName('Acme.orw', ['Acme.orw'])).toBe('Acme (2).orw');
    expect(firstFreeFileName('Acme.orw', ['Acme.orw', 'Acme (2).orw'])).toBe('Acme (3).orw');
  });

  it('compares names without case, as Windows and macOS folders do', () => {
    expect(firstFreeFileName('Acme.orw', ['ACME.ORW'])).toBe('Acme (2).orw');
    expect(firstFreeFileName('Acme.orw', ['acme.orw', 'acme (2).ORW'])).toBe('Acme (3).orw');
  });

  it('always returns a free .orw name, for any folder', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Acme.orw', 'a.orw', 'Ünïcode name.orw'),
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }),
        fc.boolean(),
        (fileName, numbers, upper) => {
          const base = fileName.slice(0, -extension.length);
          const existing = numbers.map((n) => (n === 1 ? fileName : `${base} (${n})${extension}`));
          const folder = upper ? existing.map((name) => name.toUpperCase()) : existing;
          const chosen = firstFreeFileName(fileName, folder);
          expect(chosen.endsWith(extension)).toBe(true);
          expect(folder.map((name) => name.toLowerCase())).not.toContain(chosen.toLowerCase());
          if (!numbers.includes(1)) expect(chosen).toBe(fileName);
        },
      ),
    );
  });
});

describe('names Windows reserves for devices', () => {
  it('are never the stem of a file name, even with an extension after them', () => {
    for (const name of ['nul.tar', 'CON', 'com1.backup', 'Aux . x']) {
      const stem = projectFileName(name).split('.')[0]?.trim() ?? '';
      expect(stem).not.toMatch(reservedOnWindows);
    }
    expect(projectFileName('nul.tar')).toBe('nul project.tar.orw');
  });
});
