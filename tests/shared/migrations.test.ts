import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogItems } from '../../shared/catalog/checklistItems';
import { mergeTemplate, missingTemplateItems } from '../../shared/catalog/instantiate';
import { functionTemplates } from '../../shared/catalog/templates';
import { assessReadiness } from '../../shared/domain/readiness';
import { addChecklistStages, v1Catalog } from '../../shared/model/migrationV1ToV2';
import { currentFormatVersion, migrateProject, migrations, type Migration } from '../../shared/model/migrations';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'files');

interface Expected {
  name: string;
  functionTemplate: string;
  currency: string;
  checklistItems: number;
  vendors: number;
}

describe('files saved by every earlier version', () => {
  it('has a fixture for every format version up to the current one', async () => {
    const versions = new Set((await readdir(fixtures)).map((name) => /^v(\d+)-/.exec(name)?.[1]).filter(Boolean));
    for (let version = 1; version <= currentFormatVersion; version += 1) expect(versions).toContain(String(version));
    for (let version = 1; version < currentFormatVersion; version += 1)
      expect(migrations[version]).toBeTypeOf('function');
  });

  it('opens every fixture with today’s code, with the content it was saved with', async () => {
    const expected = JSON.parse(await readFile(join(fixtures, 'expected.json'), 'utf8')) as Record<string, Expected>;
    const files = (await readdir(fixtures)).filter((name) => name.endsWith('.orw'));
    expect(files.toSorted()).toEqual(Object.keys(expected).toSorted());
    for (const file of files) {
      const result = parseProjectFile(await readFile(join(fixtures, file), 'utf8'));
      if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
      const want = expected[file];
      expect(result.value).toMatchObject({
        name: want?.name,
        functionTemplate: want?.functionTemplate,
        currency: want?.currency,
      });
      expect(result.value.checklist.items).toHaveLength(want?.checklistItems ?? -1);
      expect(result.value.vendors.vendors).toHaveLength(want?.vendors ?? -1);
      // Saving it again writes the current format, which opens to the same project.
      const again = parseProjectFile(serializeProjectFile(result.value, { appVersion: 'test', savedAt: new Date() }));
      expect(again).toEqual({ ok: true, value: result.value, repairs: [], unknownFields: [] });
    }
  });
});

describe('the migration runner', () => {
  const steps: Record<number, Migration> = {
    1: (p) => ({ ...(p as object), renamedAt1: true }),
    2: (p) => ({ ...(p as object), renamedAt2: true }),
  };

  it('applies each step from the file’s version up to the target, in order', () => {
    expect(migrateProject({}, 1, steps, 3)).toEqual({ renamedAt1: true, renamedAt2: true });
    expect(migrateProject({}, 2, steps, 3)).toEqual({ renamedAt2: true });
    expect(migrateProject({ same: 1 }, 3, steps, 3)).toEqual({ same: 1 });
  });

  it('refuses a gap in the chain rather than skipping a step', () => {
    expect(() => migrateProject({}, 0, steps, 3)).toThrow(/No migration from format version 0/);
  });
});

/** The areas format 1 gave its items: a catalog id names its area; the function templates' own items are listed. */
const v1TemplateAreas: Record<string, string> = {
  'fn.customer-service.channels-hours': 'process',
  'fn.customer-service.brand-voice': 'relationship',
  'fn.customer-service.goodwill-limits': 'process',
  'fn.collections.tone-and-hardship': 'relationship',
  'fn.collections.payment-plan-limits': 'process',
  'fn.collections.customer-segments': 'process',
  'fn.travel-management.travel-policy': 'process',
  'fn.travel-management.duty-of-care': 'risk',
  'fn.travel-management.traveller-profiles': 'transition',
  'fn.hr-administration.employee-data': 'risk',
  'fn.hr-administration.payroll-cutoffs': 'process',
  'fn.hr-administration.policy-library': 'transition',
  'fn.finance-accounting.segregation-of-duties': 'risk',
  'fn.finance-accounting.close-calendar': 'process',
  'fn.finance-accounting.audit-trail': 'risk',
  'fn.it-help-desk.privileged-access': 'risk',
  'fn.it-help-desk.ticket-priorities': 'process',
  'fn.it-help-desk.known-fixes': 'transition',
};
const v1Area = (id: string) => v1TemplateAreas[id] ?? id.split('.')[0];

describe('format 1 → 2: checklist stages', () => {
  const fixture = join(fixtures, 'v1-worked-checklist.orw');
  const current = new Map(
    [...catalogItems, ...Object.values(functionTemplates).flatMap((template) => template.extraItems)].map((item) => [
      item.id,
      item,
    ]),
  );

  async function openFixture() {
    const text = await readFile(fixture, 'utf8');
    const raw = (JSON.parse(text) as { project: { checklist: { items: Array<Record<string, unknown>> } } }).project;
    const opened = parseProjectFile(text);
    if (!opened.ok) throw new Error(opened.error.message);
    return { raw: raw.checklist.items, project: opened.value };
  }

  it('keeps every item of a wave-1 file, in order, with the user’s work and the saved wording untouched', async () => {
    const { raw, project } = await openFixture();
    const items = project.checklist.items;
    expect(items).toHaveLength(raw.length);
    items.forEach((item, i) => {
      const saved = raw[i] ?? {};
      for (const key of [
        'title',
        'guidance',
        'weight',
        'mustHave',
        'source',
        'custom',
        'status',
        'owner',
        'dueDate',
        'notes',
        'evidence',
        'naReason',
        'completedAt',
      ])
        expect(item[key as keyof typeof item], `${item.id}.${key}`).toEqual(saved[key]);
    });
  });

  it('gives known items their catalog stage, moves the ones the catalog moved, and marks dropped ones retired', async () => {
    const { raw, project } = await openFixture();
    project.checklist.items.forEach((item, i) => {
      const savedId = String(raw[i]?.['id']);
      const entry = v1Catalog[savedId];
      if (item.custom) return;
      expect(entry, savedId).toBeDefined();
      expect(item.stage, savedId).toBe(entry?.stage);
      expect(item.retired, savedId).toBe(entry?.retired === true);
      expect(item.id, savedId).toBe(entry?.movedTo?.id ?? savedId);
      expect(item.areaId, savedId).toBe(entry?.movedTo?.areaId ?? raw[i]?.['areaId']);
      if (!item.retired) expect(current.get(item.id)?.stage, item.id).toBe(item.stage);
    });
    const byId = new Map(project.checklist.items.map((item) => [item.id, item]));
    expect(byId.get('scope.retained-organisation')).toMatchObject({ areaId: 'scope', stage: 'vendors' });
    expect(byId.get('selection.criteria-fixed')).toMatchObject({ areaId: 'selection', stage: 'vendors' });
    expect(byId.get('fn.customer-service.channels-hours')).toMatchObject({ areaId: 'scope', stage: 'vendors' });
    expect(byId.get('expectations.exit-terms')).toMatchObject({ retired: true, status: 'done', stage: 'contract' });
    expect(byId.get('transition.parallel-run')).toMatchObject({ retired: true, status: 'n/a' });
    expect(byId.get('fn.customer-service.goodwill-limits')).toMatchObject({ retired: true, status: 'in-progress' });
    expect(byId.has('baseline.retained-costs')).toBe(false);
    expect(byId.has('relationship.vendor-questions')).toBe(false);
  });

  it('gives the user’s own items the stage their area’s gate had, so a must-have blocks what it blocked before', async () => {
    const { project } = await openFixture();
    const own = project.checklist.items.filter((item) => item.custom);
    expect(own.map((item) => [item.title, item.stage, item.mustHave])).toEqual([
      ['Brief the board chair', 'preparing', true],
      ['Book the training room for the first cohort', 'contract', false],
    ]);
    // The open custom must-have in sponsorship kept the project from preparing in format 1, and still does.
    const report = assessReadiness(project, '2026-12-02');
    expect(report.level).toBe('not-ready');
    expect(report.nextGate?.missing.map((item) => item.title)).toEqual(['Brief the board chair']);
    // A must-have n/a saved without a reason is a blocker now, not a silent waiver; one with a reason is a waiver.
    expect(report.blockers.map((item) => item.id)).toContain('risk.business-continuity');
    expect(report.waivers).toEqual([]);
  });

  it('adds nothing, and leaves the catalog’s new items to be offered', async () => {
    const { project } = await openFixture();
    const missing = missingTemplateItems(project.checklist.items, project.functionTemplate).map((item) => item.id);
    expect(missing).toContain('baseline.options-compared');
    expect(missing).toContain('fn.customer-service.card-payments');
    for (const item of project.checklist.items) expect(missing).not.toContain(item.id);
    const merged = mergeTemplate(project.checklist.items, project.functionTemplate);
    expect(merged.filter((item) => !missing.includes(item.id))).toEqual(project.checklist.items);
  });

  it('writes a wave-1 file saved again as format 2, with the stages in it', async () => {
    const { project } = await openFixture();
    const text = serializeProjectFile(project, { appVersion: 'test', savedAt: new Date('2027-01-01T00:00:00Z') });
    expect(text).toContain('"version": 2,');
    expect(text).toContain('"stage": "preparing"');
    expect(parseProjectFile(text)).toEqual({ ok: true, value: project, repairs: [], unknownFields: [] });
  });

  it('knows every format-1 id: current ones keep their catalog stage, moved ones their new id, dropped ones nothing', () => {
    for (const [id, entry] of Object.entries(v1Catalog)) {
      const now = current.get(entry.movedTo?.id ?? id);
      if (entry.retired) expect(now, id).toBeUndefined();
      else {
        expect(now?.stage, id).toBe(entry.stage);
        expect(now?.areaId, id).toBe(entry.movedTo?.areaId ?? v1Area(id));
      }
    }
  });

  it('passes malformed payloads on for the schema to reject, and never renames onto an id that is taken', () => {
    for (const payload of [null, 3, 'x', [], {}, { checklist: null }, { checklist: { items: 'no' } }])
      expect(addChecklistStages(payload)).toEqual(payload);
    const migrated = addChecklistStages({
      checklist: {
        items: [
          7,
          { id: 'baseline.retained-costs', areaId: 'baseline' },
          { id: 'scope.retained-organisation', areaId: 'baseline', custom: true },
          { id: 'unknown.item', areaId: 'governance' },
          { id: 'custom.x', areaId: 'nowhere', custom: true },
        ],
      },
    });
    expect(migrated).toEqual({
      checklist: {
        items: [
          7,
          { id: 'baseline.retained-costs', areaId: 'baseline', stage: 'vendors' },
          { id: 'scope.retained-organisation', areaId: 'baseline', custom: true, stage: 'vendors' },
          { id: 'unknown.item', areaId: 'governance', stage: 'contract' },
          { id: 'custom.x', areaId: 'nowhere', custom: true, stage: 'contract' },
        ],
      },
    });
  });
});

describe('format 2 files', () => {
  it('open with their stages, waivers and blockers as saved', async () => {
    const opened = parseProjectFile(await readFile(join(fixtures, 'v2-collections-waivers.orw'), 'utf8'));
    if (!opened.ok) throw new Error(opened.error.message);
    const report = assessReadiness(opened.value, '2027-01-12');
    expect(report.level).toBe('preparing');
    expect(report.waivers.map((item) => item.id)).toEqual(['transition.staff-impact']);
    expect(report.blockers.map((item) => item.id)).toContain('risk.exit-plan');
    expect(opened.value.checklist.items.find((item) => item.custom)).toMatchObject({ stage: 'contract' });
  });
});
