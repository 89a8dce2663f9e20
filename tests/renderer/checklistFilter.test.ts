import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFiltering, matchesFilter, noFilter, type ChecklistFilter } from '../../renderer/features/checklist/filter';
import { checklistAreaIds, ChecklistItemSchema, itemStatuses, type ChecklistItem } from '../../shared/model/checklist';
import { itemStages } from '../../shared/model/checklistStages';

const today = '2025-02-01';
const dueDays = ['2025-01-10', '2025-02-01', '2025-03-15'] as const;

function item(fields: Partial<ChecklistItem> & { id?: string } = {}): ChecklistItem {
  return ChecklistItemSchema.parse({ id: 'x', areaId: 'process', title: 'Document the process', ...fields });
}

const itemArb: fc.Arbitrary<ChecklistItem> = fc
  .record({
    areaId: fc.constantFrom(...checklistAreaIds),
    stage: fc.constantFrom(...itemStages),
    status: fc.constantFrom(...itemStatuses),
    mustHave: fc.boolean(),
    owner: fc.constantFrom('', 'Ana', ' Ana ', 'Bo Li', '  '),
    dueDate: fc.option(fc.constantFrom(...dueDays), { nil: null }),
    title: fc.constantFrom('Name a sponsor', 'Map the SYSTEMS', 'Write the exit plan'),
    notes: fc.constantFrom('', 'ask finance', 'Systems list in drive'),
    guidance: fc.constantFrom('', 'Done means a dated plan.'),
  })
  .map((fields) => item(fields));

const filterArb: fc.Arbitrary<ChecklistFilter> = fc.record({
  search: fc.constantFrom('', ' ', 'plan', 'SYSTEMS finance', 'sponsor ana'),
  status: fc.constantFrom<ChecklistFilter['status']>('all', 'open', ...itemStatuses),
  owner: fc.constantFrom(null, '', 'Ana', 'Bo Li'),
  area: fc.constantFrom<ChecklistFilter['area']>('all', ...checklistAreaIds),
  stage: fc.constantFrom<ChecklistFilter['stage']>('all', ...itemStages),
  mustHaveOnly: fc.boolean(),
  overdueOnly: fc.boolean(),
});

const isOpen = (i: ChecklistItem) => i.status !== 'done' && i.status !== 'n/a';

describe('matchesFilter', () => {
  it('matches every item when nothing is filtered', () => {
    fc.assert(
      fc.property(itemArb, (i) => {
        expect(matchesFilter(i, noFilter, today)).toBe(true);
      }),
    );
  });

  it('keeps only open items under the open status, and only the exact status otherwise', () => {
    fc.assert(
      fc.property(itemArb, (i) => {
        expect(matchesFilter(i, { ...noFilter, status: 'open' }, today)).toBe(isOpen(i));
        for (const status of itemStatuses) {
          expect(matchesFilter(i, { ...noFilter, status }, today)).toBe(i.status === status);
        }
      }),
    );
    expect(matchesFilter(item({ status: 'done' }), { ...noFilter, status: 'open' }, today)).toBe(false);
    expect(matchesFilter(item({ status: 'n/a' }), { ...noFilter, status: 'open' }, today)).toBe(false);
    expect(matchesFilter(item({ status: 'in-progress' }), { ...noFilter, status: 'open' }, today)).toBe(true);
  });

  it('matches unowned items with the empty owner and compares owners after trimming', () => {
    expect(matchesFilter(item({ owner: '' }), { ...noFilter, owner: '' }, today)).toBe(true);
    expect(matchesFilter(item({ owner: '   ' }), { ...noFilter, owner: '' }, today)).toBe(true);
    expect(matchesFilter(item({ owner: 'Ana' }), { ...noFilter, owner: '' }, today)).toBe(false);
    expect(matchesFilter(item({ owner: '  Ana ' }), { ...noFilter, owner: 'Ana' }, today)).toBe(true);
    expect(matchesFilter(item({ owner: 'Anabel' }), { ...noFilter, owner: 'Ana' }, today)).toBe(false);
    fc.assert(
      fc.property(itemArb, fc.constantFrom('', 'Ana', 'Bo Li'), (i, owner) => {
        expect(matchesFilter(i, { ...noFilter, owner }, today)).toBe(i.owner.trim() === owner);
      }),
    );
  });

  it('keeps only the chosen area', () => {
    fc.assert(
      fc.property(itemArb, fc.constantFrom(...checklistAreaIds), (i, area) => {
        expect(matchesFilter(i, { ...noFilter, area }, today)).toBe(i.areaId === area);
      }),
    );
  });

  it('keeps only the items needed by the chosen stage', () => {
    fc.assert(
      fc.property(itemArb, fc.constantFrom(...itemStages), (i, stage) => {
        expect(matchesFilter(i, { ...noFilter, stage }, today)).toBe(i.stage === stage);
      }),
    );
  });

  it('keeps only must-haves when asked', () => {
    fc.assert(
      fc.property(itemArb, (i) => {
        expect(matchesFilter(i, { ...noFilter, mustHaveOnly: true }, today)).toBe(i.mustHave);
      }),
    );
  });

  it('keeps only open items due before today when showing overdue items', () => {
    fc.assert(
      fc.property(itemArb, fc.constantFrom('2025-01-01', ...dueDays, '2025-12-31'), (i, day) => {
        const overdue = isOpen(i) && i.dueDate !== null && i.dueDate < day;
        expect(matchesFilter(i, { ...noFilter, overdueOnly: true }, day)).toBe(overdue);
      }),
    );
    const past = '2025-01-10';
    expect(matchesFilter(item({ dueDate: past }), { ...noFilter, overdueOnly: true }, today)).toBe(true);
    expect(matchesFilter(item({ dueDate: today }), { ...noFilter, overdueOnly: true }, today)).toBe(false);
    expect(matchesFilter(item({ dueDate: past, status: 'done' }), { ...noFilter, overdueOnly: true }, today)).toBe(
      false,
    );
    expect(matchesFilter(item({ dueDate: past, status: 'n/a' }), { ...noFilter, overdueOnly: true }, today)).toBe(
      false,
    );
    expect(matchesFilter(item({ dueDate: null }), { ...noFilter, overdueOnly: true }, today)).toBe(false);
  });

  it('searches case-insensitively and needs every word somewhere in title, notes, owner or guidance', () => {
    const i = item({ title: 'Map the Systems', notes: 'Ask Finance', owner: 'Ana', guidance: 'Done means a list.' });
    const search = (text: string) => matchesFilter(i, { ...noFilter, search: text }, today);
    expect(search('systems')).toBe(true);
    expect(search('SYSTEMS')).toBe(true);
    expect(search('  map   finance ')).toBe(true);
    expect(search('ana list')).toBe(true);
    expect(search('systems payroll')).toBe(false);
    expect(search('invoice')).toBe(false);
    expect(search('   ')).toBe(true);
  });

  it('applies search as every word in any searched field, ignoring case', () => {
    fc.assert(
      fc.property(itemArb, fc.constantFrom('plan', 'SYSTEMS finance', 'sponsor ana', 'means'), (i, text) => {
        const fields = [i.title, i.notes, i.owner, i.guidance].map((f) => f.toLowerCase());
        const words = text.toLowerCase().split(' ');
        const expected = words.every((w) => fields.some((f) => f.includes(w)));
        expect(matchesFilter(i, { ...noFilter, search: text }, today)).toBe(expected);
      }),
    );
  });

  it('combines criteria: an item shows only when it passes each one on its own', () => {
    fc.assert(
      fc.property(itemArb, filterArb, (i, filter) => {
        const parts: Array<Partial<ChecklistFilter>> = [
          { search: filter.search },
          { status: filter.status },
          { owner: filter.owner },
          { area: filter.area },
          { stage: filter.stage },
          { mustHaveOnly: filter.mustHaveOnly },
          { overdueOnly: filter.overdueOnly },
        ];
        const each = parts.every((part) => matchesFilter(i, { ...noFilter, ...part }, today));
        expect(matchesFilter(i, filter, today)).toBe(each);
      }),
    );
  });
});

describe('isFiltering', () => {
  it('is false for no filter', () => {
    expect(isFiltering(noFilter)).toBe(false);
    expect(isFiltering({ ...noFilter })).toBe(false);
  });

  it('is true as soon as any field differs from no filter', () => {
    const changed: Array<Partial<ChecklistFilter>> = [
      { search: 'x' },
      { status: 'open' },
      { status: 'done' },
      { owner: '' },
      { owner: 'Ana' },
      { area: 'risk' },
      { stage: 'contract' },
      { mustHaveOnly: true },
      { overdueOnly: true },
    ];
    for (const change of changed) expect(isFiltering({ ...noFilter, ...change }), JSON.stringify(change)).toBe(true);
  });

  it('is true exactly when some field differs', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const differs = (Object.keys(noFilter) as Array<keyof ChecklistFilter>).some((k) => filter[k] !== noFilter[k]);
        expect(isFiltering(filter)).toBe(differs);
      }),
    );
  });
});
