import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInProject, findResultLimit, type FindResult } from '../../shared/domain/findInProject';
import { CriterionSchema, VendorSchema } from '../../shared/model/vendors';
import { ExpectationSchema, RiskSchema, StrategicGoalSchema } from '../../shared/model/plan';
import { createProject, type Project } from '../../shared/model/project';

function sampleProject(): Project {
  const project = createProject({ name: 'Acme support', functionTemplate: 'customer-service' });
  const [first, second] = project.checklist.items;
  if (!first || !second) throw new Error('the template has items');
  return {
    ...project,
    checklist: {
      items: [
        { ...first, title: 'Name an executive sponsor', notes: 'Maria agreed on Tuesday', owner: 'Jonas Weber' },
        { ...second, title: 'Document the refund process', notes: '', owner: 'Zoë Müller' },
      ],
    },
    costs: { ...project.costs, categoryNotes: { 'errors-rework': 'Refunds are keyed twice; about 4% need rework' } },
    vendors: {
      ...project.vendors,
      vendors: [
        VendorSchema.parse({ id: 'v-1', name: 'Northwind Contact', notes: 'Strong on refunds, weak on Spanish' }),
      ],
      criteria: [
        CriterionSchema.parse({
          id: 'c-1',
          name: 'Language coverage',
          question: 'Which languages do your agents speak?',
          group: 'delivery',
        }),
      ],
    },
    plan: {
      ...project.plan,
      goals: [
        StrategicGoalSchema.parse({
          id: 'g-1',
          goal: 'Open a Spanish market',
          contribution: '24/7 coverage in Spanish',
        }),
      ],
      expectations: [
        ExpectationSchema.parse({
          id: 'e-1',
          objective: 'Customers get refunds fast',
          kpi: 'Refund cycle time',
          target: '2 days',
        }),
      ],
      risks: [
        RiskSchema.parse({
          id: 'r-1',
          description: 'Knowledge loss at hand-over',
          mitigation: 'Shadowing for refunds',
        }),
      ],
    },
  };
}

const ids = (results: FindResult[]) => results.map((result) => `${result.kind}:${result.title}`);

describe('findInProject', () => {
  const project = sampleProject();

  it('finds records of every kind, titles holding the words first, each pointing at its tab and record', () => {
    const results = findInProject(project, 'refund');
    expect(ids(results)).toEqual([
      'Checklist item:Document the refund process',
      'Expectation:Customers get refunds fast',
      'Cost note:Errors & rework',
      'Vendor:Northwind Contact',
      'Risk:Knowledge loss at hand-over',
    ]);
    expect(results.find((result) => result.kind === 'Vendor')).toMatchObject({ tab: 'vendors', id: 'v-1' });
    expect(results.find((result) => result.kind === 'Cost note')).toMatchObject({ tab: 'costs', id: 'errors-rework' });
    expect(results.find((result) => result.kind === 'Risk')).toMatchObject({ tab: 'plan', id: 'r-1' });
  });

  it('searches notes, owners, questions, KPIs and goals, not only titles', () => {
    expect(ids(findInProject(project, 'tuesday'))).toEqual(['Checklist item:Name an executive sponsor']);
    expect(ids(findInProject(project, 'jonas'))).toEqual(['Checklist item:Name an executive sponsor']);
    expect(ids(findInProject(project, 'agents speak'))).toEqual(['Criterion:Language coverage']);
    expect(ids(findInProject(project, 'cycle time'))).toEqual(['Expectation:Customers get refunds fast']);
    expect(ids(findInProject(project, 'spanish'))).toEqual(['Goal:Open a Spanish market', 'Vendor:Northwind Contact']);
  });

  it('ignores case and accents, and wants every word somewhere in the record', () => {
    expect(ids(findInProject(project, 'ZOE MULLER'))).toEqual(['Checklist item:Document the refund process']);
    expect(ids(findInProject(project, 'sponsor maria'))).toEqual(['Checklist item:Name an executive sponsor']);
    expect(findInProject(project, 'sponsor refunds-nowhere')).toEqual([]);
  });

  it('shows where the words are, marked, in a short snippet', () => {
    const [hit] = findInProject(project, 'tuesday');
    expect(hit?.snippet).toBe('Maria agreed on Tuesday');
    expect(hit?.highlights).toEqual([[16, 23]]);
    const long = createProject({ name: 'Long', functionTemplate: 'collections' });
    const [item, ...others] = long.checklist.items;
    if (!item) throw new Error('the template has items');
    const notes = `${'lorem ipsum '.repeat(30)}the needle is here ${'dolor sit '.repeat(30)}`;
    const [found] = findInProject({ ...long, checklist: { items: [{ ...item, notes }, ...others] } }, 'needle');
    expect(found?.snippet.startsWith('…')).toBe(true);
    expect(found?.snippet.endsWith('…')).toBe(true);
    expect(found?.snippet.length).toBeLessThan(200);
    const [from, to] = found?.highlights[0] ?? [0, 0];
    expect(found?.snippet.slice(from, to)).toBe('needle');
  });

  it('finds nothing for an empty query', () => {
    expect(findInProject(project, '')).toEqual([]);
    expect(findInProject(project, '   ')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(findInProject(project, 'e').length).toBeLessThanOrEqual(findResultLimit);
  });

  it('marks only text that matches a query word, inside the snippet, for any query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (query) => {
        const words = query.toLowerCase().split(/\s+/).filter(Boolean);
        for (const result of findInProject(project, query)) {
          for (const [from, to] of result.highlights) {
            expect(from).toBeGreaterThanOrEqual(0);
            expect(to).toBeLessThanOrEqual(result.snippet.length);
            expect(from).toBeLessThan(to);
            const marked = result.snippet.slice(from, to).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
            expect(words.some((word) => marked.includes(word))).toBe(true);
          }
        }
      }),
    );
  });
});
