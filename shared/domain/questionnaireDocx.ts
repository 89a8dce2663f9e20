import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Questionnaire } from './questionnaire';
import { stripInvisibleControls } from '../cleanText';

/** A bordered box for the provider's answer. */
const answerSpace = () =>
  new Paragraph({
    spacing: { before: 80, after: 320 },
    border: {
      top: { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B4', space: 4 },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B4', space: 4 },
      left: { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B4', space: 4 },
      right: { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B4', space: 4 },
    },
    children: [new TextRun({ text: 'Your answer:', color: '6B7280', italics: true }), new TextRun({ break: 4 })],
  });

/**
 * The questionnaire as a Word document to send to providers: real headings, each question with what a strong
 * answer covers, and a bordered space for the answer. Loaded only when the user exports (docx is large).
 * Text goes into runs, never markup, so nothing a user typed can become a field, link or instruction.
 */
export async function renderQuestionnaireDocx(questionnaire: Questionnaire): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(stripInvisibleControls(questionnaire.title))],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(stripInvisibleControls(questionnaire.intro))] }),
  ];
  for (const group of questionnaire.groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(group.title)] }));
    for (const question of group.questions) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [new TextRun(`${question.number}. ${stripInvisibleControls(question.name)}`)],
        }),
        new Paragraph({ children: [new TextRun(stripInvisibleControls(question.question))] }),
      );
      if (question.lookingFor) {
        children.push(
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { before: 80 },
            children: [
              new TextRun({ text: 'What a strong answer covers: ', bold: true, color: '374151' }),
              new TextRun({ text: stripInvisibleControls(question.lookingFor), color: '374151' }),
            ],
          }),
        );
      }
      children.push(answerSpace());
    }
  }
  const document = new Document({
    creator: 'Outsourcing Readiness Workbench',
    title: stripInvisibleControls(questionnaire.title),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
}
