import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaLibrary, defaultCriteria } from '../../shared/catalog/criteria';
import { composeQuestionnaire, renderQuestionnaireMarkdown } from '../../shared/domain/questionnaire';
import { escapeMarkdown } from '../../shared/domain/textExport';
import { createProject, type Project } from '../../shared/model/project';
import { CriterionSchema, type Criterion } from '../../shared/model/vendors';

const baseProject = createProject({ name: 'Customer care 2026', functionTemplate: 'customer-service' });

function projectWithCriteria(criteria: readonly Criterion[], name = baseProject.name): Project {
  return { ...baseProject, name, vendors: { ...baseProject.vendors, criteria: [...criteria] } };
}

const criterion = (fields: Partial<Criterion> & Pick<Criterion, 'id' | 'name' | 'group'>): Criterion =>
  CriterionSchema.parse(fields);

/** Removes the backslash escapes Markdown reads, giving back the text a reader sees. */
const unescape = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Characters that are markup anywhere in a line, not preceded by an odd run of backslashes. */
function unescapedMarkup(text: string): string[] {
  const found: string[] = [];
  let backslashes = 0;
  for (const char of text) {
    if ('[]<>|*_`~'.includes(char) && backslashes % 2 === 0) found.push(char);
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return found;
}

const bidiAndControls =
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what must not survive
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('composeQuestionnaire', () => {
  const questionnaire = composeQuestionnaire(projectWithCriteria(defaultCriteria()), { vendorName: ' Acme ' });
  const questions = questionnaire.groups.flatMap((g) => g.questions);

  it('asks every criterion once, grouped Relationship, Delivery, Commercial and numbered 1, 2, 3…', () => {
    expect(questionnaire.groups.map((g) => g.title)).toEqual(['Relationship', 'Delivery', 'Commercial']);
    expect(questions.map((q) => q.number)).toEqual(criteriaLibrary.map((_, i) => i + 1));
    expect(questions.map((q) => q.criterionId).toSorted()).toEqual(criteriaLibrary.map((c) => c.id).toSorted());
  });

  it('carries each criterion’s name, question and strong-answer anchor', () => {
    for (const q of questions) {
      const source = criteriaLibrary.find((c) => c.id === q.criterionId);
      expect(q.name).toBe(source?.name);
      expect(q.question).toBe(source?.question);
      expect(q.lookingFor).toBe(source?.rubric[5]);
    }
  });

  it('addresses the vendor in the title and names the work in the intro', () => {
    expect(questionnaire.title).toBe('Questions for Acme: Customer care 2026');
    expect(questionnaire.intro).toMatch(/customer service/);
    expect(composeQuestionnaire(projectWithCriteria([])).title).toBe('Questions for providers: Customer care 2026');
  });

  it('skips empty groups, fills in a missing question and leaves out a missing anchor', () => {
    const only = composeQuestionnaire(
      projectWithCriteria([criterion({ id: 'x', name: 'Own one', group: 'commercial' })]),
    );
    expect(only.groups.map((g) => g.title)).toEqual(['Commercial']);
    const [q] = only.groups[0]?.questions ?? [];
    expect(q?.question.trim()).not.toBe('');
    expect(q?.lookingFor).toBeNull();
    expect(renderQuestionnaireMarkdown(only)).not.toMatch(/strong answer covers:\*/);
  });

  it('has no groups when the project has no criteria', () => {
    expect(composeQuestionnaire(projectWithCriteria([])).groups).toEqual([]);
  });
});

describe('renderQuestionnaireMarkdown', () => {
  it('renders a title, group headings, numbered questions, the strong-answer hint and room to answer', () => {
    const questionnaire = composeQuestionnaire(projectWithCriteria(defaultCriteria()));
    const markdown = renderQuestionnaireMarkdown(questionnaire);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Questions for providers: Customer care 2026');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Relationship', '## Delivery', '## Commercial']);
    expect(lines.filter((l) => l.startsWith('### '))).toHaveLength(criteriaLibrary.length);
    expect(lines).toContain('### 1. Culture fit');
    expect(lines.filter((l) => l === '**Your answer:**')).toHaveLength(criteriaLibrary.length);
    expect(lines.filter((l) => l.startsWith('*What a strong answer covers:* '))).toHaveLength(criteriaLibrary.length);
  });

  it('keeps ordinary hyphens and punctuation readable', () => {
    const markdown = renderQuestionnaireMarkdown(composeQuestionnaire(projectWithCriteria(defaultCriteria())));
    expect(markdown).toContain('all-inclusive');
    expect(markdown).toContain('### 9. Onboarding and ramp-up');
    expect(markdown).toContain('(for example ISO/IEC 27001 or a SOC 2 Type II report)');
  });

  it('turns hostile names and questions into plain text', () => {
    const hostile = projectWithCriteria(
      [
        criterion({
          id: 'a',
          name: '[x](javascript:alert(1))',
          group: 'relationship',
          question: '<script>alert(1)</script>',
        }),
        criterion({ id: 'b', name: '# heading', group: 'relationship', question: 'ok\n# injected\n- item | cell |' }),
        criterion({
          id: 'c',
          name: 'Price\u202Eevil',
          group: 'commercial',
          question: '1. &lt;b&gt; *bold* _em_ `code` ~~gone~~ \\',
          rubric: { 1: '', 3: '', 5: '![img](http://evil.example/x.png)' },
        }),
      ],
      '<img src=x onerror=alert(1)>',
    );
    const markdown = renderQuestionnaireMarkdown(composeQuestionnaire(hostile));
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Questions for providers: \\<img src=x onerror=alert(1)\\>');
    expect(lines).toContain('### 1. \\[x\\](javascript:alert(1))');
    expect(lines).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(lines).toContain('### 2. \\# heading');
    expect(lines).toContain('ok \\# injected - item \\| cell \\|');
    expect(lines).toContain('### 3. Priceevil');
    expect(lines).toContain('1\\. \\&lt;b\\&gt; \\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~ \\\\');
    expect(lines).toContain('*What a strong answer covers:* !\\[img\\](http://evil.example/x.png)');
    expect(markdown).not.toMatch(bidiAndControls);
  });
});

describe('escapeMarkdown, for questionnaire text', () => {
  const tricky = fc.constantFrom(
    ...'\\`*_{}[]()#+-.!|<>~&;=:/ \t\r\n\u202E\u2066\u200F\u0000\u0085aZ7'.split(''),
    '&amp;',
    '&#x202E;',
    '1.',
    '2)',
    'ab',
  );
  const anyText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.string({ unit: tricky, maxLength: 20 }),
  );

  it('leaves no markup, line break or direction control in any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeMarkdown(text);
        expect(unescapedMarkup(escaped)).toEqual([]);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(bidiAndControls);
        expect(escaped).not.toMatch(/^(#|[-+=]|\d+[.)])/);
        expect(escaped).not.toMatch(/(^|\s)#/);
        expect(escaped).not.toMatch(/(^|[^\\])&#?[a-z0-9]+;/i);
      }),
    );
  });

  it('loses nothing a reader should see: unescaping gives back the text, tidied', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tidied = text
          .replace(new RegExp(bidiAndControls.source, 'g'), '')
          .replace(/\r\n|\r|\n|\t/g, ' ')
          .trim();
        expect(unescape(escapeMarkdown(text))).toBe(tidied);
      }),
    );
  });
});
