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
import { itemStages, stageBadges, stageLabels } from '../../shared/model/checklistStages';
import { levelLabels, levelMeanings } from '../../shared/domain/readinessLabels';
import { runHash, runs } from './support/wordRuns';

const templateItems: CatalogItem[] = Object.values(functionTemplates).flatMap((t) => t.extraItems);
const allItems: CatalogItem[] = [...catalogItems, ...templateItems];
const sourceOf = (id: string) => allItems.find((item) => item.id === id)?.source;
const stageOf = (id: string) => allItems.find((item) => item.id === id)?.stage;

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

  it('lists only sources some item cites', () => {
    const cited = new Set(allItems.map((item) => item.source));
    expect(Object.keys(catalogSources).filter((id) => !cited.has(id as never))).toEqual([]);
  });

  it('cites the references the handbook names for the legal and commercial items', () => {
    expect(sourceOf('baseline.options-compared')).toBe('five-case-model');
    expect(sourceOf('baseline.final-case')).toBe('five-case-model');
    expect(sourceOf('risk.processing-agreement')).toBe('gdpr');
    expect(sourceOf('transition.staff-impact')).toBe('transfer-of-undertakings');
    expect(sourceOf('risk.exit-plan')).toBe('eba-outsourcing');
    expect(sourceOf('fn.collections.tone-and-hardship')).toBe('debt-collection-rules');
    expect(sourceOf('fn.travel-management.duty-of-care')).toBe('iso-31030');
    expect(sourceOf('fn.finance-accounting.controls-report')).toBe('soc-isae');
    expect(sourceOf('fn.customer-service.card-payments')).toBe('pci-dss');
    expect(sourceOf('fn.it-help-desk.ticket-priorities')).toBe('itil');
  });

  it('cites a seed tip only with its number and a seed question only by number or theme', () => {
    for (const item of allItems) {
      if (item.source === 'seed-tips') expect(item.sourceDetail, item.id).toMatch(/^Tip [1-5]$/);
      if (item.source === 'seed-relationship')
        expect(item.sourceDetail, item.id).toMatch(
          /^(Question ([1-9]|1[0-3])|Relationship types|Customer control|Payment patterns)$/,
        );
    }
  });
});

describe('checklist areas', () => {
  it('lists every area once, in the model’s order', () => {
    expect(checklistAreas.map((a) => a.id)).toEqual([...checklistAreaIds]);
    expect(checklistAreaIds.join(' ')).toBe(
      'sponsorship baseline scope process expectations relationship selection governance risk transition',
    );
  });

  it('gives each area a title and a one-line summary', () => {
    for (const area of checklistAreas) {
      expect(area.title.trim()).not.toBe('');
      expect(area.summary.trim()).not.toBe('');
    }
  });

  it('looks areas up by id and rejects unknown ids', () => {
    expect(checklistArea('risk').title).toBe('Risk, data and compliance');
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
      expect(itemStages, item.id).toContain(item.stage);
    }
  });

  it('has 3–8 items in every area, listed in stage order within the area', () => {
    for (const areaId of checklistAreaIds) {
      const inArea = catalogItems.filter((i) => i.areaId === areaId);
      expect(inArea.length, areaId).toBeGreaterThanOrEqual(3);
      expect(inArea.length, areaId).toBeLessThanOrEqual(8);
      const stages = inArea.map((i) => itemStages.indexOf(i.stage));
      expect(stages, areaId).toEqual(stages.toSorted((a, b) => a - b));
    }
  });

  it('lists the areas in checklist order', () => {
    const areaOrder = catalogItems.map((i) => checklistAreaIds.indexOf(i.areaId));
    expect(areaOrder).toEqual(areaOrder.toSorted((a, b) => a - b));
  });

  it('gates every stage with at least one common must-have, and only the sponsor to start preparing', () => {
    for (const stage of itemStages)
      expect(
        catalogItems.some((i) => i.mustHave && i.stage === stage),
        stage,
      ).toBe(true);
    expect(catalogItems.filter((i) => i.mustHave && i.stage === 'preparing').map((i) => i.id)).toEqual([
      'sponsorship.sponsor-named',
    ]);
  });

  it('puts what bidders need before going to market and what needs the chosen bidder before signing', () => {
    for (const id of [
      'baseline.options-compared',
      'scope.in-and-out',
      'expectations.outcome-objectives',
      'expectations.kpi-targets',
      'expectations.sla-structure',
      'risk.data-protection',
      'selection.criteria-fixed',
    ])
      expect(stageOf(id), id).toBe('vendors');
    for (const id of ['baseline.final-case', 'risk.processing-agreement', 'risk.exit-plan', 'transition.staff-impact'])
      expect(stageOf(id), id).toBe('contract');
    // Work that can only happen after signing never holds up the contract.
    for (const id of ['transition.pilot-ramp', 'transition.customer-communication', 'transition.onboarding-plan'])
      expect(stageOf(id), id).toBe('transfer');
  });

  it('has one exit item and no goodwill or payment-plan limits beside the decision rules', () => {
    const titles = allItems.map((item) => item.title.toLowerCase());
    expect(titles.filter((title) => title.includes('exit'))).toHaveLength(1);
    expect(allItems.map((item) => item.id)).not.toContain('fn.customer-service.goodwill-limits');
    expect(allItems.map((item) => item.id)).not.toContain('fn.collections.payment-plan-limits');
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

  it('adds 3–6 extra items and re-weights only existing catalog items, each re-weight changing something', () => {
    const catalog = new Map(catalogItems.map((i) => [i.id, i]));
    for (const template of Object.values(functionTemplates)) {
      expect(template.extraItems.length, template.functionId).toBeGreaterThanOrEqual(3);
      expect(template.extraItems.length, template.functionId).toBeLessThanOrEqual(6);
      for (const r of template.reweight) {
        const entry = catalog.get(r.itemId);
        expect(entry, `${template.functionId}: ${r.itemId}`).toBeDefined();
        expect(
          entry?.weight !== r.weight || (r.mustHave !== undefined && entry.mustHave !== r.mustHave),
          `${template.functionId}: ${r.itemId}`,
        ).toBe(true);
      }
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
      ...allItems.flatMap((i) => [i.title, i.guidance, i.sourceDetail]),
      ...checklistAreas.flatMap((a) => [a.title, a.summary]),
      ...Object.values(levelLabels),
      ...Object.values(levelMeanings),
      ...Object.values(stageLabels),
      ...Object.values(stageBadges),
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
