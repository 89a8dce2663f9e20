import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFreeFileName, maxBaseBytes, projectFileName } from '../../shared/model/projectFileName';

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
  expect(new TextEncoder().encode(base).length).toBeLessThanOrEqual(maxBaseBytes);
  expect(base).toBe(base.normalize('NFC'));
  expect(base).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
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

  it('makes a portable name of at most 200 UTF-8 bytes before the extension for any long project name', () => {
    fc.assert(
      fc.property(longName, (name) => {
        const fileName = projectFileName(name);
        expectPortable(fileName);
        expect(baseOf(fileName)).not.toMatch(/ $/);
      }),
    );
  });

  it('does not end the name with a dot when a long name is cut at 200 bytes', () => {
    const name = `${'x'.repeat(199)}.y`;
    const base = baseOf(projectFileName(name));
    expect(base).toBe('x'.repeat(199));
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

describe('hostile names, one rule of each operating system at a time', () => {
  const cases: Array<[string, string, string]> = [
    ['Windows-illegal characters', 'Q3 <draft>: "final"?*|', 'Q3 draft final.orw'],
    ['a reserved device name', 'COM1', 'COM1 project.orw'],
    ['a reserved name with superscript digit', 'lpt¹', 'lpt¹ project.orw'],
    ['a console device', 'CONIN$', 'CONIN$ project.orw'],
    ['a reserved name before an extension', 'aux.report', 'aux project.report.orw'],
    ['trailing dots and spaces', 'Acme. . ', 'Acme.orw'],
    ['control characters', 'Acme\u0007\u0085 care', 'Acme care.orw'],
    ['a bidirectional override (“Quarterlyexe.txt” on screen)', 'Quarterly\u202Etxt.exe', 'Quarterlytxt.exe.orw'],
    ['isolates and embeddings', '\u2066Acme\u2069 \u202Bcare\u202C', 'Acme care.orw'],
    ['NFD (as macOS spells it)', 'Cafe\u0301', 'Caf\u00e9.orw'],
  ];
  it.each(cases)('cleans %s', (_, name, expected) => {
    expect(projectFileName(name)).toBe(expected);
  });

  it('caps names at 200 UTF-8 bytes without splitting a character', () => {
    const emoji = projectFileName('😀'.repeat(120));
    expect(baseOf(emoji)).toBe('😀'.repeat(50));
    expect(baseOf(projectFileName('a'.repeat(244)))).toBe('a'.repeat(200));
  });

  it('keeps the whole path within Windows’ 259 characters, the app’s temp file included', () => {
    const folder = `C:\\Users\\sam\\${'Deep folder\\'.repeat(10)}`;
    const fileName = projectFileName('x'.repeat(244), { folder });
    expect(folder.length + 1 + fileName.length + 36).toBeLessThanOrEqual(259);
  });

  it('treats names that differ only in case or Unicode form as taken', () => {
    expect(firstFreeFileName('Caf\u00e9.orw', ['cafe\u0301.ORW'])).toBe('Caf\u00e9 (2).orw');
  });
});
