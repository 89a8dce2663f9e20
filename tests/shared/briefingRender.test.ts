// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeBriefing, renderBriefingHtml, renderBriefingMarkdown } from '../../shared/briefing';
import { renderBriefingDocx } from '../../shared/briefing/docx';
import { chartSvg } from '../../shared/briefing/svgCharts';
import { briefingAudiences } from '../../shared/briefing/sections';
import { createProject } from '../../shared/model/project';
import { briefingNow, briefingProject } from './support/briefingProjects';

const now = briefingNow;
const project = briefingProject();
const cfo = composeBriefing(project, { audience: 'cfo', now });
const leftovers = /\b(NaN|undefined|null|Infinity)\b|\[object Object\]/;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function documentXml(bytes: Uint8Array): Document {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return new DOMParser().parseFromString(xml, 'application/xml');
}

async function pageBreaks(audience: (typeof briefingAudiences)[number]): Promise<number> {
  const doc = documentXml(await renderBriefingDocx(composeBriefing(project, { audience, now })));
  return doc.getElementsByTagName('w:pageBreakBefore').length;
}

const wordText = (doc: Document) => [...doc.getElementsByTagName('w:t')].map((node) => node.textContent).join('');

describe('renderBriefingHtml', () => {
  const html = renderBriefingHtml(cfo);
  const doc = parse(html);

  it('is a complete document that loads nothing and runs nothing', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(doc.querySelectorAll('script, link, iframe, img, object, embed, a')).toHaveLength(0);
    expect(html).not.toMatch(/\burl\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('prints on A4 or Letter with page numbers, keeping tables and figures whole', () => {
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(renderBriefingHtml(cfo, { pageSize: 'Letter' })).toMatch(/@page \{ size: letter;/);
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages)');
    expect(html).toMatch(/table \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/h2 \{[^}]*break-after: avoid/);
  });

  it('opens with a cover naming the project, function, audience, date and author', () => {
    const cover = doc.querySelector('header.cover')?.textContent ?? '';
    for (const part of [
      'Northwind Home — customer service',
      'Customer service',
      'Chief Financial Officer',
      'Ana Ruiz, Operations Director',
    ]) {
      expect(cover).toContain(part);
    }
    expect(doc.querySelector('h1')?.textContent).toBe(cfo.title);
  });

  it('renders each section under its heading, in order', () => {
    expect([...doc.querySelectorAll('section')].map((section) => section.getAttribute('data-section'))).toEqual(
      cfo.sections.map((section) => section.id),
    );
    expect([...doc.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(
      cfo.sections.map((s) => s.title),
    );
  });

  it('marks every referenced fact with plain data attributes the preview can link', () => {
    const linked = [...doc.querySelectorAll('[data-ref-kind]')];
    expect(linked.length).toBeGreaterThan(50);
    const exit = doc.querySelector('[data-ref-kind="checklist-item"][data-ref-id="risk.exit-plan"]');
    expect(exit?.getAttribute('data-ref-tab')).toBe('checklist');
    expect(doc.querySelector('[data-ref-kind="quote"][data-ref-id="harbor"]')?.getAttribute('data-ref-tab')).toBe(
      'costs',
    );
  });

  it('draws every chart as an inline SVG image described by its title', () => {
    const charts = [...doc.querySelectorAll('figure.chart svg')];
    expect(charts.length).toBe(cfo.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length);
    for (const svg of charts) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('title')?.textContent?.length).toBeGreaterThan(10);
      expect(svg.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('draws empty and flat charts without dividing by zero', () => {
    const flat = [
      chartSvg({ type: 'bars', items: [], baseline: 0 }, 'none'),
      chartSvg({ type: 'bars', items: [{ label: 'a', value: 0, display: '0' }] }, 'zero'),
      chartSvg({ type: 'lines', xLabels: ['Start'], series: [{ name: 'x', values: [5] }], reference: 5 }, 'flat'),
      chartSvg({ type: 'matrix', rows: [], columns: [], cells: [] }, 'empty'),
    ];
    for (const svg of flat) expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('renderBriefingMarkdown', () => {
  const markdown = renderBriefingMarkdown(cfo);

  it('writes the title, the cover, one heading per section and GitHub-flavoured tables', () => {
    expect(markdown.startsWith(`# ${cfo.title}\n`)).toBe(true);
    expect(markdown).toContain('- Prepared for: Chief Financial Officer');
    expect(markdown.match(/^## .+$/gm)).toEqual(cfo.sections.map((section) => `## ${section.title}`));
    expect(markdown).toMatch(/^\| Option \| Pricing \| Yearly cost \|/m);
    expect(markdown).toMatch(/^\| --- \| --- \| ---: \|/m);
  });

  it('shows callouts as quotes with a bold title, and charts as tables of their data', () => {
    expect(markdown).toMatch(
      /^> \*\*Recommendation\.\*\* \*\*Proceed to contract negotiation with Harbor CX; sign once/m,
    );
    expect(markdown).toMatch(/^> \*\*Decision requested\.\*\* Approve contract negotiation/m);
    expect(markdown).toContain('**Risks by likelihood and impact**');
    expect(markdown).toMatch(/^\| High impact \| 1 \| 1 \| 1 \|$/m);
  });

  it('lists the records a section draws on as plain text, never as links', () => {
    expect(markdown).toContain('Sources in the workbench: ');
    expect(markdown).not.toMatch(/\]\(|<https?:/);
  });
});

describe('renderBriefingDocx', () => {
  it('writes real headings, tables with header rows and page numbers in the footer', async () => {
    const bytes = await renderBriefingDocx(cfo);
    const files = unzipSync(bytes);
    const doc = documentXml(bytes);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const styles = [...doc.getElementsByTagName('w:pStyle')].map((node) => node.getAttribute('w:val'));
    expect(styles).toContain('Title');
    expect(styles.filter((style) => style === 'Heading1')).toHaveLength(cfo.sections.length);
    expect(styles).toContain('Heading2');
    expect(doc.getElementsByTagName('w:tbl').length).toBeGreaterThan(5);
    expect(doc.getElementsByTagName('w:tblHeader').length).toBeGreaterThan(5);
    expect(doc.getElementsByTagName('w:hyperlink')).toHaveLength(0);
    const text = wordText(doc);
    expect(text).toContain('Proceed to contract negotiation with Harbor CX');
    expect(text).toContain('Approve contract negotiation with the preferred provider');
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(strFromU8(footer?.[1] ?? new Uint8Array())).toMatch(/PAGE/);
  });

  it('puts the full briefing’s body and appendix on new pages, and the board’s on one', async () => {
    expect(await pageBreaks('cfo')).toBe(2);
    expect(await pageBreaks('board')).toBe(0);
  });

  it('writes an empty project with gaps and no missing values', async () => {
    const fresh = createProject({ name: 'Fresh', functionTemplate: 'travel-management', now });
    for (const audience of briefingAudiences) {
      const doc = documentXml(await renderBriefingDocx(composeBriefing(fresh, { audience, now })));
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(wordText(doc)).not.toMatch(leftovers);
    }
  });
});
