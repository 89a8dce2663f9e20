import { criterionGroupLabels } from '../catalog/criteria';
import { businessFunctions } from '../model/businessFunctions';
import type { Project } from '../model/project';
import type { Criterion } from '../model/vendors';
import { escapeMarkdown } from './textExport';

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

function renderQuestion(question: QuestionnaireQuestion): string[] {
  return [
    `### ${question.number}. ${escapeMarkdown(question.name)}`,
    '',
    escapeMarkdown(question.question),
    '',
    ...(question.lookingFor ? [`*What a strong answer covers:* ${escapeMarkdown(question.lookingFor)}`, ''] : []),
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
    `# ${escapeMarkdown(questionnaire.title)}`,
    '',
    escapeMarkdown(questionnaire.intro),
    '',
    ...questionnaire.groups.flatMap((group) => [
      `## ${escapeMarkdown(group.title)}`,
      '',
      ...group.questions.flatMap(renderQuestion),
    ]),
  ].join('\n');
}
