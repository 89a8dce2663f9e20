import { describe, expect, it } from 'vitest';
import { catalogItems } from '../../shared/catalog/checklistItems';
import { defaultCriteria } from '../../shared/catalog/criteria';
import { templateItems } from '../../shared/catalog/instantiate';
import { catalogSources } from '../../shared/catalog/sources';
import { describeSource } from '../../shared/catalog/sourceText';
import { businessFunctionIds } from '../../shared/model/businessFunctions';

const everySource = [
  ...new Set([
    ...businessFunctionIds.flatMap((id) => templateItems(id).map((item) => item.source)),
    ...defaultCriteria().map((criterion) => criterion.source),
  ]),
];

describe('a source in words', () => {
  it('says what a tip is about, and names the work in full', () => {
    expect(describeSource('BPO partnership tips · Tip 1')).toEqual({
      badge: 'Tip 1 · involve the C-suite',
      work: catalogSources['seed-tips'].title,
      detail: 'Tip 1',
      topic: 'involve the C-suite',
    });
    expect(describeSource('BPO partnership tips · Tip 3').badge).toBe('Tip 3 · share cost-centre history');
    expect(describeSource('BPO relationship guide · Question 7').badge).toMatch(/^Question 7 · \w/);
  });

  it('gives every tip and question the catalog cites its topic', () => {
    const numbered = everySource.filter((source) => /· (Tip|Question) \d+$/.test(source));
    expect(numbered.length).toBeGreaterThan(5);
    for (const source of numbered) expect(describeSource(source).topic, source).not.toBeNull();
  });

  it('names the standard or law on a badge, and a practice by its topic', () => {
    expect(describeSource('GDPR · Art. 9 and Art. 35')).toMatchObject({
      badge: 'GDPR · Art. 9 and Art. 35',
      work: catalogSources.gdpr.title,
    });
    expect(describeSource('Practice · Fully loaded cost')).toMatchObject({
      badge: 'Fully loaded cost',
      work: catalogSources.practice.title,
    });
  });

  it('keeps a source the catalog does not know (a file from elsewhere) as it is written', () => {
    expect(describeSource('Our auditor’s letter · p. 3')).toEqual({
      badge: 'Our auditor’s letter · p. 3',
      work: null,
      detail: 'Our auditor’s letter · p. 3',
      topic: null,
    });
  });

  it('has a badge for every source an item or criterion can carry', () => {
    for (const source of everySource) expect(describeSource(source).badge.trim(), source).not.toBe('');
    expect(catalogItems.length).toBeGreaterThan(0);
  });
});
