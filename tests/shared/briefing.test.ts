import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeBriefing, renderBriefingHtml, renderBriefingMarkdown, type Briefing } from '../../shared/briefing';
import { audienceSections, briefingAudiences, briefingSectionIds } from '../../shared/briefing/sections';
import { createSampleProject } from '../../shared/catalog/sampleProject';
import { createProject, type Project } from '../../shared/model/project';
import {
  briefingNow,
  briefingProject,
  briefingTexts,
  refResolves,
  type BriefingText,
} from './support/briefingProjects';
import { costProjectArb } from './support/costProjects';
import { richProjectArb } from './support/richProjects';
import { runHash, runs } from './support/wordRuns';

const now = briefingNow;
const rich = briefingProject();

const compose = (project: Project, audience: (typeof briefingAudiences)[number]) =>
  composeBriefing(project, { audience, now });

const sectionOf = (briefing: Briefing, id: string) => briefing.sections.find((section) => section.id === id);
const plain = (content: ReadonlyArray<{ text: string }>) => content.map((run) => run.text).join('');
const calloutOf = (briefing: Briefing, tone: string) =>
  briefing.sections
    .flatMap((section) => section.blocks)
    .find((block) => block.kind === 'callout' && block.tone === tone);

/** Text that states a figure: any digit. The method's list of sources cites works by their numbers, not figures. */
const unreferencedFigures = (briefing: Briefing): BriefingText[] =>
  briefingTexts(briefing).filter(
    (entry) =>
      /\d/.test(entry.text) &&
      entry.ref === undefined &&
      !(entry.sectionId === 'method' && entry.caption === 'Sources'),
  );

const leftovers = /\b(NaN|undefined|null|Infinity)\b|\[object Object\]/;

describe.each([
  ['the briefing fixture', rich],
  ['the sample engagement', createSampleProject({ now })],
])('composeBriefing on %s', (_name, project) => {
  it.each(briefingAudiences)(
    'gives the %s their sections in the default order, every figure traced to a record',
    (audience) => {
      const briefing = compose(project, audience);
      expect(briefing.sections.map((section) => section.id)).toEqual(audienceSections[audience]);
      expect(briefing.audience).toBe(audience);
      expect(unreferencedFigures(briefing)).toEqual([]);
      const refs = briefingTexts(briefing).flatMap((entry) => (entry.ref ? [entry.ref] : []));
      expect(refs.filter((ref) => !refResolves(project, ref))).toEqual([]);
    },
  );

  it.each(briefingAudiences)('states the recommendation and the decision requested first, for the %s', (audience) => {
    const summary = sectionOf(compose(project, audience), 'summary');
    const [recommendation, decision] = summary?.blocks ?? [];
    expect(recommendation).toMatchObject({ kind: 'callout', tone: 'recommendation', title: 'Recommendation' });
    expect(decision).toMatchObject({ kind: 'callout', tone: 'decision' });
    if (decision?.kind === 'callout') expect(plain(decision.content)).toBe(project.briefing.decisionRequested.trim());
    const figures = summary?.blocks.find((block) => block.kind === 'figures');
    expect(figures?.kind === 'figures' ? figures.items.length : 0).toBeGreaterThanOrEqual(3);
    expect(figures?.kind === 'figures' ? figures.items.length : 99).toBeLessThanOrEqual(5);
  });

  it('says how firm first place is in the robustness sentence, with each name traced', () => {
    const vendors = sectionOf(compose(project, 'cfo'), 'vendors');
    const note = vendors?.blocks.find(
      (block) => block.kind === 'callout' && block.title === 'How firm is first place?',
    );
    expect(note?.kind).toBe('callout');
    if (note?.kind !== 'callout') return;
    expect(plain(note.content)).toMatch(/ranks first in (\d+%|over 99%|under 1%) of plausible weightings/);
    expect(
      note.content
        .filter((run) => run.user)
        .every((run) => run.ref?.kind === 'vendor' || run.ref?.kind === 'criterion'),
    ).toBe(true);
  });

  it('composes without a gap where the project has the inputs', () => {
    const briefing = compose(project, 'coo');
    expect(briefing.sections.filter((section) => section.gap).map((section) => section.id)).toEqual([]);
  });
});

describe('composeBriefing on the briefing fixture', () => {
  it('recommends negotiating with the leader while must-haves due before signing are open', () => {
    const recommendation = calloutOf(compose(rich, 'ceo'), 'recommendation');
    const text = recommendation?.kind === 'callout' ? plain(recommendation.content) : '';
    expect(text).toMatch(
      /^Proceed to contract negotiation with Harbor CX; sign once the three must-haves needed before signing are closed\./,
    );
    // Honest about the cheaper bidder it passes over.
    expect(text).toContain('Summit Contact would be worth more');
  });

  it('uses the user’s own recommendation instead of the composed one', () => {
    const own = { ...rich, briefing: { ...rich.briefing, recommendation: 'Sign with Harbor CX now.' } };
    const recommendation = calloutOf(compose(own, 'cfo'), 'recommendation');
    expect(recommendation?.kind === 'callout' ? recommendation.content : []).toEqual([
      expect.objectContaining({
        text: 'Sign with Harbor CX now.',
        user: true,
        ref: expect.objectContaining({ kind: 'briefing-settings' }),
      }),
    ]);
  });

  it('follows the user’s layout for an audience and adds their note to its section', () => {
    const layout = [
      { id: 'risks' as const, included: true },
      { id: 'summary' as const, included: true },
      { id: 'method' as const, included: false },
    ];
    const project = {
      ...rich,
      briefing: { ...rich.briefing, layouts: { coo: layout }, sectionNotes: { risks: 'Talk to legal first.' } },
    };
    const briefing = compose(project, 'coo');
    expect(briefing.sections.map((section) => section.id)).toEqual(['risks', 'summary']);
    const note = sectionOf(briefing, 'risks')?.blocks.at(-1);
    expect(note).toMatchObject({ kind: 'callout', tone: 'note', title: 'Note from Ana Ruiz, Operations Director' });
    expect(compose(project, 'ceo').sections.map((section) => section.id)).toEqual(audienceSections.ceo);
  });

  it('defaults to the project’s audience', () => {
    const project = { ...rich, briefing: { ...rich.briefing, audience: 'board' as const } };
    expect(composeBriefing(project, { now }).audience).toBe('board');
  });

  it('answers the anticipated questions from the project, and says which it cannot answer yet', () => {
    const questions = sectionOf(compose(rich, 'ceo'), 'questions');
    const blocks = questions?.blocks ?? [];
    const asked = blocks
      .filter((block) => block.kind === 'subheading')
      .map((block) => (block.kind === 'subheading' ? plain(block.content) : ''));
    expect(asked).toHaveLength(6);
    expect(asked[0]).toMatch(/control of our customers/);
    const text = blocks
      .map((block) => (block.kind === 'paragraph' || block.kind === 'callout' ? plain(block.content) : ''))
      .join(' ');
    expect(text).toContain('Harbor CX scores 4.4 of 5 on the relationship questions (relational)');
    expect(text).toContain('$47,000 a year of work that stays in-house');
    expect(text).toContain('The exit plan is not written yet');
    expect(text).toContain('Employment counsel memo');
    expect(text).toContain('Service credit of 2% of the monthly fee');
  });

  it('keeps the board’s briefing to the recommendation, the key figures, the options and the top risks', () => {
    const board = compose(rich, 'board');
    expect(board.sections.map((section) => section.id)).toEqual(['summary', 'business-case', 'risks']);
    expect(board.sections.flatMap((section) => section.blocks).some((block) => block.kind === 'chart')).toBe(false);
    const risks = sectionOf(board, 'risks')?.blocks.find((block) => block.kind === 'bullets');
    expect(risks?.kind === 'bullets' ? risks.items.length : 0).toBe(3);
  });

  it('lists what still weakens the case, major items first, each with where to fix it', () => {
    const strength = compose(rich, 'cfo').strength;
    expect(strength.map((item) => item.text)).toContain('Three must-haves are open before “Ready to contract”.');
    expect(strength.findIndex((item) => item.weight === 'minor')).toBeGreaterThan(
      strength.findLastIndex((item) => item.weight === 'major'),
    );
    const bare = compose(createProject({ name: 'Bare', functionTemplate: 'collections', now }), 'cfo').strength;
    expect(bare.filter((item) => item.weight === 'major').map((item) => item.fix.tab)).toEqual(
      expect.arrayContaining(['briefing', 'costs', 'plan', 'checklist']),
    );
  });

  it('writes its own sentences, never eight words in a row from the source documents', () => {
    const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-runs.json'), 'utf8')) as {
      runLength: number;
      hashes: string[];
    };
    const seedRuns = new Set(fixture.hashes);
    const texts = briefingAudiences.flatMap((audience) =>
      briefingTexts(compose(rich, audience))
        .filter((entry) => entry.caption !== 'Sources')
        .map((entry) => entry.text),
    );
    expect(texts.flatMap((text) => runs(text, fixture.runLength).filter((run) => seedRuns.has(runHash(run))))).toEqual(
      [],
    );
  });
});

describe('composeBriefing on an empty project', () => {
  const fresh = createProject({ name: 'Fresh start', functionTemplate: 'it-help-desk', now });
  const blank: Project = { ...fresh, checklist: { items: [] } };

  it.each(briefingAudiences)('shows each missing input as a gap for the %s, with nothing invented', (audience) => {
    for (const project of [fresh, blank]) {
      const briefing = compose(project, audience);
      expect(briefing.sections.map((section) => section.id)).toEqual(audienceSections[audience]);
      for (const id of [
        'current-state',
        'business-case',
        'vendors',
        'strategy',
        'expectations',
        'governance',
        'risks',
      ]) {
        const section = sectionOf(briefing, id);
        if (section) {
          expect(section.gap, id).toBe(true);
          expect(
            section.blocks.some((block) => block.kind === 'callout' && block.tone === 'gap' && block.fix !== undefined),
          ).toBe(true);
        }
      }
      expect(unreferencedFigures(briefing)).toEqual([]);
      const outputs = [renderBriefingHtml(briefing), renderBriefingMarkdown(briefing), JSON.stringify(briefing)];
      for (const output of outputs) expect(output).not.toMatch(leftovers);
    }
  });

  it('names the gap and where to fill it in', () => {
    const current = sectionOf(compose(fresh, 'cfo'), 'current-state');
    expect(current?.blocks[0]).toMatchObject({
      kind: 'callout',
      tone: 'gap',
      title: 'Cost history not entered',
      fix: { kind: 'baseline', tab: 'costs' },
    });
  });

  it('advises against going to market before the groundwork is done', () => {
    const recommendation = calloutOf(compose(fresh, 'ceo'), 'recommendation');
    expect(recommendation?.kind === 'callout' ? plain(recommendation.content) : '').toMatch(
      /^Do not go to market yet: /,
    );
    const empty = calloutOf(compose(blank, 'ceo'), 'recommendation');
    expect(empty?.kind === 'callout' ? plain(empty.content) : '').toMatch(
      /^Do not decide yet: the readiness checklist is empty/,
    );
  });
});

describe('composeBriefing on any project', () => {
  const layoutArb = fc.option(
    fc.array(fc.record({ id: fc.constantFrom(...briefingSectionIds), included: fc.boolean() }), { maxLength: 12 }),
    { nil: undefined },
  );

  it('never throws, and never prints a missing value', () => {
    fc.assert(
      fc.property(
        fc.oneof(richProjectArb, costProjectArb),
        fc.constantFrom(...briefingAudiences),
        layoutArb,
        (project, audience, layout) => {
          const withLayout: Project =
            layout === undefined
              ? project
              : { ...project, briefing: { ...project.briefing, layouts: { [audience]: layout } } };
          const briefing = compose(withLayout, audience);
          expect(unreferencedFigures(briefing)).toEqual([]);
          expect(renderBriefingHtml(briefing)).not.toMatch(leftovers);
          expect(renderBriefingMarkdown(briefing)).not.toMatch(leftovers);
        },
      ),
      { numRuns: 60 },
    );
  });
});
