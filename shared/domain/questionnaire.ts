import { stripInvisibleControls } from '../cleanText';
import { criterionGroupLabels } from '../catalog/criteria';
import { businessFunctions } from '../model/businessFunctions';
import type { Project } from '../model/project';
import type { Criterion } from '../model/vendors';

/**
 * The questions to send to vendors, as a document model: Markdown is rendered here, Word from the same model.
 * Each question carries what a strong answer covers (the rubric's 5 anchor), so a vendor knows what we look for;
 * the weaker anchors stay internal, since they describe how we judge a poor reply rather than what to write.
 */

export interface QuestionnaireQuestion {
  /** 1, 2, … across the whole questionnaire, so replies can cite "question 7". */
  number: number;
  criterionId: string;
  name: string;
  question: string;
  /** What a strong answer covers; null when the criterion has no 5 anchor. */
  lookingFor: string | null;
}

export interface QuestionnaireGroup {
  title: string;
  questions: QuestionnaireQuestion[];
}

export interface Questionnaire {
  title: string;
  intro: string;
  groups: QuestionnaireGroup[];
}

const groupOrder: ReadonlyArray<Criterion['group']> = ['relationship', 'delivery', 'commercial'];

/** Used when a criterion has a name but nobody wrote its question yet. */
const fallbackQuestion = 'Please tell us how you would handle this for us, with an example from a similar client.';

export function composeQuestionnaire(project: Project, options: { vendorName?: string } = {}): Questionnaire {
  const vendorName = options.vendorName?.trim() ?? '';
  const work = businessFunctions.find((f) => f.id === project.functionTemplate)?.label.toLowerCase() ?? 'this work';
  let number = 0;
  const groups = groupOrder.flatMap((group): QuestionnaireGroup[] => {
    const inGroup = project.vendors.criteria.filter((criterion) => criterion.group === group);
    if (inGroup.length === 0) return [];
    return [
      {
        title: criterionGroupLabels[group],
        questions: inGroup.map((criterion) => {
          number += 1;
          const lookingFor = criterion.rubric[5].trim();
          return {
            number,
            criterionId: criterion.id,
            name: criterion.name.trim(),
            question: criterion.question.trim() || fallbackQuestion,
            lookingFor: lookingFor === '' ? null : lookingFor,
          };
        }),
      },
    ];
  });
  return {
    title:
      vendorName === '' ? `Questions for providers: ${project.name}` : `Questions for ${vendorName}: ${project.name}`,
    intro: [
      `We are looking for a partner to take on our ${work} and are asking each provider on our short list the same questions.`,
      'Please answer in your own words and give concrete examples from clients like us; figures and documents you can share are welcome.',
      'Under each question you will find what a strong answer covers.',
    ].join(' '),
    groups,
  };
}

/**
 * Escapes user text (criterion names and questions may be edited) for one Markdown paragraph or heading: no
 * markup, link, HTML, entity or table break survives, line breaks become spaces, and invisible direction
 * controls are dropped. Ordinary punctuation inside words, such as the hyphen in "all-inclusive", stays as typed.
 */
export function escapeMarkdownText(text: string): string {
  return (
    stripInvisibleControls(text)
      .replace(/\r\n|\r|\n|\t/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
      // An entity such as &lt; or &#x202E; would be decoded; a lone & would not.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // A # that starts the text or a word could open or close a heading.
      .replace(/(^|\s)#/g, '$1\\#')
      // What would open a list, a quote, a rule or a setext heading at the start of a paragraph.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

function renderQuestion(question: QuestionnaireQuestion): string[] {
  return [
    `### ${question.number}. ${escapeMarkdownText(question.name)}`,
    '',
    escapeMarkdownText(question.question),
    '',
    ...(question.lookingFor ? [`*What a strong answer covers:* ${escapeMarkdownText(question.lookingFor)}`, ''] : []),
    '**Your answer:**',
    '',
    '',
    '',
    '---',
    '',
  ];
}

export function renderQuestionnaireMarkdown(questionnaire: Questionnaire): string {
  return [
    `# ${escapeMarkdownText(questionnaire.title)}`,
    '',
    escapeMarkdownText(questionnaire.intro),
    '',
    ...questionnaire.groups.flatMap((group) => [
      `## ${escapeMarkdownText(group.title)}`,
      '',
      ...group.questions.flatMap(renderQuestion),
    ]),
  ].join('\n');
}
