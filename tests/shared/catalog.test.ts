import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistArea, checklistAreas } from '../../shared/catalog/checklistAreas';
import { catalogItems } from '../../shared/catalog/checklistItems';
import { catalogSources } from '../../shared/catalog/sources';
import { functionTemplate, functionTemplates } from '../../shared/catalog/templates';
import type { CatalogItem } from '../../shared/catalog/types';
import { businessFunctionIds } from '../../shared/model/businessFunctions';
import { checklistAreaIds } from '../../shared/model/checklist';
import { runHash, runs } from './support/wordRuns';

const templateItems: CatalogItem[] = Object.values(functionTemplates).flatMap((t) => t.extraItems);
const allItems: CatalogItem[] = [...catalogItems, ...templateItems];

// The source documents live beside the repository (../shared/seeds), which a clone elsewhere lacks; the
// repository keeps only fingerprints of their eight-word runs (tests/fixtures/seed-runs.json), refreshed
// from the documents whenever they are present.
const seedsDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const fixturePath = join(import.meta.dirname, '..', 'fixtures', 'seed-runs.json');
const runLength = 8;

function seedRunHashes(): string[] {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
  return [
    ...new Set(files.flatMap((f) => runs(readFileSync(join(seedsDir, f), 'utf8'), runLength).map(runHash))),
  ].toSorted();
}

describe('catalog sources', () => {
  it('describes each source under its own id with a label and a title', () => {
    for (const [id, source] of Object.entries(catalogSources)) {
      expect(source.id).toBe(id);
      expect(source.label.trim()).not.toBe('');
      expect(source.title.trim()).not.toBe('');
    }
  });
});

describe('checklist areas', () => {
  it('lists every area once, in the model’s order', () => {
    expect(checklistAreas.map((a) => a.id)).toEqual([...checklistAreaIds]);
  });

  it('gives each area a title and a one-line summary', () => {
    for (const area of checklistAreas) {
      expect(area.title.trim()).not.toBe('');
      expect(area.summary.trim()).not.toBe('');
    }
  });

  it('looks areas up by id and rejects unknown ids', () => {
    expect(checklistArea('risk').title).toBe('Risk and compliance');
    expect(() => checklistArea('nope' as never)).toThrow(/Unknown checklist area/);
  });
});

describe('catalog items', () => {
  it('uses unique ids across the catalog and all template extra items', () => {
    const ids = allItems.map((i) => i.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it('prefixes catalog ids with their area and template ids with their function', () => {
    for (const item of catalogItems) expect(item.id).toMatch(new RegExp(`^${item.areaId}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const [fn, template] of Object.entries(functionTemplates)) {
      for (const item of template.extraItems)
        expect(item.id).toMatch(new RegExp(`^fn\\.${fn}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it('gives every item a short title, real guidance and a known, detailed source', () => {
    for (const item of allItems) {
      expect(item.title.trim(), item.id).not.toBe('');
      expect(item.title.length, item.id).toBeLessThanOrEqual(70);
      expect(item.guidance.trim().length, item.id).toBeGreaterThanOrEqual(60);
      expect(Object.keys(catalogSources), item.id).toContain(item.source);
      expect(item.sourceDetail.trim(), item.id).not.toBe('');
      expect(checklistAreaIds, item.id).toContain(item.areaId);
      expect([1, 2, 3], item.id).toContain(item.weight);
    }
  });

  it('has 5–8 items and at least one must-have in every area', () => {
    for (const areaId of checklistAreaIds) {
      const inArea = catalogItems.filter((i) => i.areaId === areaId);
      expect(inArea.length, areaId).toBeGreaterThanOrEqual(5);
      expect(inArea.length, areaId).toBeLessThanOrEqual(8);
      expect(
        inArea.some((i) => i.mustHave),
        areaId,
      ).toBe(true);
    }
  });
});

describe('function templates', () => {
  it('has one template per business function, keyed by its id', () => {
    expect(Object.keys(functionTemplates).toSorted()).toEqual([...businessFunctionIds].toSorted());
    for (const id of businessFunctionIds) expect(functionTemplate(id).functionId).toBe(id);
  });

  it('rejects unknown and prototype ids', () => {
    expect(() => functionTemplate('nope' as never)).toThrow(/Unknown business function/);
    expect(() => functionTemplate('constructor' as never)).toThrow(/Unknown business function/);
  });

  it('adds 1–3 extra items and re-weights only existing catalog items', () => {
    const catalogIds = new Set(catalogItems.map((i) => i.id));
    for (const template of Object.values(functionTemplates)) {
      expect(template.extraItems.length, template.functionId).toBeGreaterThanOrEqual(1);
      expect(template.extraItems.length, template.functionId).toBeLessThanOrEqual(3);
      for (const r of template.reweight)
        expect(catalogIds.has(r.itemId), `${template.functionId}: ${r.itemId}`).toBe(true);
      const reweighted = template.reweight.map((r) => r.itemId);
      expect(new Set(reweighted).size, template.functionId).toBe(reweighted.length);
    }
  });

  it('suggests 4–6 complete KPIs', () => {
    for (const template of Object.values(functionTemplates)) {
      expect(template.suggestedKpis.length, template.functionId).toBeGreaterThanOrEqual(4);
      expect(template.suggestedKpis.length, template.functionId).toBeLessThanOrEqual(6);
      for (const kpi of template.suggestedKpis) {
        expect(kpi.objective.trim()).not.toBe('');
        expect(kpi.kpi.trim()).not.toBe('');
        expect(kpi.measurement.trim()).not.toBe('');
      }
    }
  });
});

describe('own wording', () => {
  it('copies no eight-word run from the source documents', () => {
    const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { runLength: number; hashes: string[] };
    expect(fixture.runLength).toBe(runLength);
    expect(fixture.hashes.length).toBeGreaterThan(1000);
    const seedRuns = new Set(fixture.hashes);

    const texts = [
      ...allItems.flatMap((i) => [i.title, i.guidance]),
      ...checklistAreas.map((a) => a.summary),
      ...Object.values(functionTemplates).flatMap((t) =>
        t.suggestedKpis.flatMap((k) => [k.objective, k.kpi, k.measurement]),
      ),
    ];
    const copied = texts.flatMap((text) => runs(text, runLength).filter((run) => seedRuns.has(runHash(run))));
    expect(copied).toEqual([]);
  });

  it('checks against fingerprints of the source documents as they are now, when they are at hand', async () => {
    if (!existsSync(seedsDir)) return; // a clone away from the handbook: the committed fingerprints stand
    const current = { runLength, hashes: seedRunHashes() };
    if (process.env['UPDATE_SEED_RUNS'] === '1') await writeFile(fixturePath, `${JSON.stringify(current, null, 2)}\n`);
    const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { hashes: string[] };
    expect(
      fixture.hashes,
      'the seeds changed: run UPDATE_SEED_RUNS=1 npx vitest run tests/shared/catalog.test.ts',
    ).toEqual(current.hashes);
  });
});
