// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeBriefing, renderBriefingHtml, renderBriefingMarkdown } from '../../shared/briefing';
import { renderBriefingDocx } from '../../shared/briefing/docx';
import { documentText } from '../../shared/briefing/documentText';
import { briefingSectionIds } from '../../shared/briefing/sections';
import type { Project } from '../../shared/model/project';
import { briefingNow, briefingProject } from './support/briefingProjects';

/**
 * Hostile text in every field that reaches the briefing, through every renderer: it must show literally,
 * never run, never link, never reorder the text around it.
 */

const payloads = {
  script: '<script>alert(1)</script>',
  image: '<img src=x onerror=alert(1)>',
  htmlLink: '<a href="javascript:alert(1)">go</a>',
  jsScheme: 'javascript:alert(1)',
  markdownLink: '[x](javascript:alert(1))',
  markdownImage: '![x](http://evil.example/a.png)',
  autolinks: 'www.evil.example https://evil.example a@b.example',
  entities: '&lt;b&gt; &amp;amp; &#x202E; &#60;i&#62;',
  rightToLeft: 'invoice\u202Etxt.exe\u2066x\u2069',
  lineStart: '# Heading | cell | `code` *em* _u_ ~s~',
  listStart: '- item',
  numbered: '1. item',
  quoteStart: '> quoted',
  rule: '***',
} as const;

type Edit = (project: Project, text: string) => Project;

const mapById = <T extends { id: string }>(records: readonly T[], id: string, change: (record: T) => T): T[] =>
  records.map((record) => (record.id === id ? change(record) : record));

/** Every user text field the briefing shows, each as an edit of the fixture. */
const fields: Record<string, Edit> = {
  'project name': (p, text) => ({ ...p, name: text }),
  'leading vendor name': (p, text) => ({
    ...p,
    vendors: { ...p.vendors, vendors: mapById(p.vendors.vendors, 'harbor', (v) => ({ ...v, name: text })) },
  }),
  'criterion name': (p, text) => ({
    ...p,
    vendors: {
      ...p.vendors,
      criteria: mapById(p.vendors.criteria, 'criterion.culture-fit', (c) => ({ ...c, name: text })),
    },
  }),
  'evaluator name': (p, text) => ({
    ...p,
    vendors: { ...p.vendors, evaluators: mapById(p.vendors.evaluators, 'eval-cfo', (e) => ({ ...e, name: text })) },
  }),
  'weighting set name': (p, text) => ({
    ...p,
    vendors: {
      ...p.vendors,
      weighting: {
        ...p.vendors.weighting,
        sets: [
          { id: 'set-1', name: text, weights: Object.fromEntries(p.vendors.criteria.map((c) => [c.id, c.weight])) },
        ],
        activeSetId: 'set-1',
      },
    },
  }),
  'checklist item title': (p, text) => ({
    ...p,
    checklist: { items: mapById(p.checklist.items, 'risk.exit-plan', (item) => ({ ...item, title: text })) },
  }),
  'checklist item owner': (p, text) => ({
    ...p,
    checklist: { items: mapById(p.checklist.items, 'risk.exit-plan', (item) => ({ ...item, owner: text })) },
  }),
  'waiver reason': (p, text) => ({
    ...p,
    checklist: {
      items: mapById(p.checklist.items, 'fn.customer-service.card-payments', (item) => ({ ...item, naReason: text })),
    },
  }),
  'evidence label': (p, text) => ({
    ...p,
    checklist: {
      items: mapById(p.checklist.items, 'transition.staff-impact', (item) => ({
        ...item,
        evidence: [{ label: text, target: 'javascript:alert(1)' }],
      })),
    },
  }),
  'cost period label': (p, text) => ({
    ...p,
    costs: { ...p.costs, periods: mapById(p.costs.periods, 'period-FY2024', (period) => ({ ...period, label: text })) },
  }),
  'volume unit': (p, text) => ({ ...p, costs: { ...p.costs, volumeUnit: text } }),
  'cost note': (p, text) => ({ ...p, costs: { ...p.costs, categoryNotes: { labour: text } } }),
  'retained cost label': (p, text) => ({
    ...p,
    costs: {
      ...p.costs,
      retainedCosts: mapById(p.costs.retainedCosts, 'retained-manager', (c) => ({ ...c, label: text })),
    },
  }),
  'transition cost label': (p, text) => ({
    ...p,
    costs: {
      ...p.costs,
      transitionCosts: mapById(p.costs.transitionCosts, 'transition-severance', (c) => ({ ...c, label: text })),
    },
  }),
  'strategic goal': (p, text) => ({
    ...p,
    plan: { ...p.plan, goals: mapById(p.plan.goals, 'goal-growth', (g) => ({ ...g, goal: text })) },
  }),
  'goal contribution': (p, text) => ({
    ...p,
    plan: { ...p.plan, goals: mapById(p.plan.goals, 'goal-growth', (g) => ({ ...g, contribution: text })) },
  }),
  ...Object.fromEntries(
    (['objective', 'kpi', 'baseline', 'target', 'measurement', 'consequence'] as const).map((key): [string, Edit] => [
      `KPI ${key}`,
      (p, text) => ({
        ...p,
        plan: { ...p.plan, expectations: mapById(p.plan.expectations, 'kpi-fcr', (x) => ({ ...x, [key]: text })) },
      }),
    ]),
  ),
  ...Object.fromEntries(
    (['description', 'mitigation', 'owner'] as const).map((key): [string, Edit] => [
      `risk ${key}`,
      (p, text) => ({
        ...p,
        plan: { ...p.plan, risks: mapById(p.plan.risks, 'risk-attrition', (r) => ({ ...r, [key]: text })) },
      }),
    ]),
  ),
  ...Object.fromEntries(
    (['name', 'attendees', 'purpose'] as const).map((key): [string, Edit] => [
      `meeting ${key}`,
      (p, text) => ({
        ...p,
        plan: {
          ...p.plan,
          governance: {
            ...p.plan.governance,
            meetings: mapById(p.plan.governance.meetings, 'meeting-ops', (m) => ({ ...m, [key]: text })),
          },
        },
      }),
    ]),
  ),
  ...Object.fromEntries(
    (['name', 'role'] as const).map((key): [string, Edit] => [
      `relationship manager ${key}`,
      (p, text) => ({
        ...p,
        plan: {
          ...p.plan,
          governance: {
            ...p.plan.governance,
            relationshipManager: { ...p.plan.governance.relationshipManager, [key]: text },
          },
        },
      }),
    ]),
  ),
  'feedback loop': (p, text) => ({
    ...p,
    plan: { ...p.plan, governance: { ...p.plan.governance, feedbackLoop: text } },
  }),
  'escalation step': (p, text) => ({
    ...p,
    plan: { ...p.plan, governance: { ...p.plan.governance, escalationPath: [text, 'Board'] } },
  }),
  'change process': (p, text) => ({
    ...p,
    plan: { ...p.plan, governance: { ...p.plan.governance, changeProcess: text } },
  }),
  ...Object.fromEntries(
    (['decisionRequested', 'recommendation', 'strategicGoals', 'preparedBy'] as const).map((key): [string, Edit] => [
      `briefing ${key}`,
      (p, text) => ({ ...p, briefing: { ...p.briefing, [key]: text } }),
    ]),
  ),
  'section note': (p, text) => ({ ...p, briefing: { ...p.briefing, sectionNotes: { vendors: text } } }),
};

/** Every section, so every field has a place to show. */
const everything = briefingSectionIds.map((id) => ({ id, included: true }));

function hostile(payload: string): { project: Project; shown: Array<[string, string]> } {
  let project = briefingProject();
  const shown: Array<[string, string]> = [];
  for (const [index, [field, edit]] of Object.entries(fields).entries()) {
    // A tag after the payload tells the fields apart and keeps the payload at the start of the field.
    const text = `${payload} (F${index})`;
    project = edit(project, text);
    shown.push([field, documentText(text).replace(/\s+/g, ' ').trim()]);
  }
  project = { ...project, briefing: { ...project.briefing, layouts: { cfo: everything } } };
  return { project, shown };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
/** What a Markdown reader sees: backslash escapes of punctuation removed. */
const unescapeMarkdown = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Characters that are markup, not preceded by an odd run of backslashes. */
function unescaped(text: string, characters: string): string[] {
  const found: string[] = [];
  let backslashes = 0;
  for (const char of text) {
    if (characters.includes(char) && backslashes % 2 === 0) found.push(char);
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return found;
}

const bidi = /[\u202A-\u202E\u2066-\u2069]/;

describe.each(Object.entries(payloads))('briefing with the %s payload in every field', (_name, payload) => {
  const { project, shown } = hostile(payload);
  const briefing = composeBriefing(project, { audience: 'cfo', now: briefingNow });

  it('shows it literally in HTML, where nothing runs, links or loads', () => {
    const html = renderBriefingHtml(briefing);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, a, iframe, object, embed, link, svg a, svg script')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name),
    );
    expect(handlers).toEqual([]);
    expect(html).not.toMatch(bidi);
    const text = flat(doc.body.textContent ?? '');
    for (const [field, value] of shown) expect(text, field).toContain(value);
  });

  it('shows it literally in Markdown, where nothing becomes markup or a link', () => {
    const markdown = renderBriefingMarkdown(briefing);
    const userLines = markdown.split('\n');
    expect(userLines.flatMap((line) => unescaped(line, '<[]`~_'))).toEqual([]);
    expect(markdown).not.toMatch(/(?<!\\)(javascript|https?):/i);
    expect(markdown).not.toMatch(/(?<!\\)www\./i);
    expect(unescaped(markdown, '@')).toEqual([]);
    expect(markdown).not.toMatch(bidi);
    // A line may open a quote, a list or a heading only where the renderer means it to.
    for (const line of userLines) {
      if (/^(#{1,3} |> \*\*|- |\| |\*\*|$)/.test(line)) continue;
      expect(line, line).not.toMatch(/^(\s{0,3}[#>*+=-]|\s{0,3}\d+[.)])/);
    }
    const visible = flat(unescapeMarkdown(markdown));
    for (const [field, value] of shown) expect(visible, field).toContain(value);
  });

  it('shows it literally in Word, where nothing becomes a field or a link', async () => {
    const files = unzipSync(await renderBriefingDocx(briefing));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('w:hyperlink')).toHaveLength(0);
    expect(doc.getElementsByTagName('w:instrText')).toHaveLength(0);
    expect(doc.getElementsByTagName('w:fldSimple')).toHaveLength(0);
    expect(xml).not.toMatch(bidi);
    const text = flat([...doc.getElementsByTagName('w:t')].map((node) => node.textContent).join(''));
    for (const [field, value] of shown) expect(text, field).toContain(value);
  });
});

describe('briefing with hostile text in one field at a time', () => {
  it.each(Object.keys(fields))('keeps the %s literal in HTML', (field) => {
    const edit = fields[field];
    if (!edit) return;
    const base = briefingProject();
    const project = edit({ ...base, briefing: { ...base.briefing, layouts: { cfo: everything } } }, payloads.image);
    const html = renderBriefingHtml(composeBriefing(project, { audience: 'cfo', now: briefingNow }));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(flat(doc.body.textContent ?? '')).toContain(payloads.image);
  });
});
