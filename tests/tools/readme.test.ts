import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const shown = [...readme.matchAll(/(?:\]\(|src=")(build\/screenshots\/[^)"]+\.png)/g)].map((match) => match[1]);

describe('the README’s screenshots', () => {
  it('shows every screenshot made for it (npm run screenshots), and only ones that are there', () => {
    const made = readdirSync('build/screenshots').map((name) => `build/screenshots/${name}`);
    expect(new Set(shown)).toEqual(new Set(made));
    for (const path of shown) expect(existsSync(path ?? ''), path).toBe(true);
  });

  it('has the home, the overview and the checklist in light and dark, wide and narrow', () => {
    for (const screen of ['home', 'workspace', 'checklist']) {
      for (const scheme of ['light', 'dark']) {
        expect(shown).toContain(`build/screenshots/${screen}-${scheme}.png`);
        expect(shown).toContain(`build/screenshots/${screen}-narrow-${scheme}.png`);
      }
    }
  });
});
