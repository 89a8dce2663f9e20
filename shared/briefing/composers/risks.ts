import { riskLevels } from '../../model/planLabels';
import { cell, gapCallout, userCell, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, Inline } from '../model';
import { refs } from '../refs';
import { capitalised, counted, fullStop, listInWords, paragraph, quote, say } from '../words';
import type { Detail } from './detail';

/** The risk register, most severe first, and a likelihood × impact matrix of it. */

type Risk = BriefingFacts['project']['plan']['risks'][number];
type RiskLevel = (typeof riskLevels)[number];

const registerRef = refs.risk();
const boardRiskCount = 3;
const rank = (level: RiskLevel) => riskLevels.indexOf(level);

/** Likelihood × impact on a 1–3 scale each; a tie goes to the higher impact. */
export function bySeverity(a: Risk, b: Risk): number {
  const severity = (risk: Risk) => (rank(risk.likelihood) + 1) * (rank(risk.impact) + 1);
  return severity(b) - severity(a) || rank(b.impact) - rank(a.impact);
}

/** "High likelihood, high impact: attrition during the move. Mitigation: … Owner: …" */
export function riskLine(risk: Risk): Inline[] {
  const ref = refs.risk(risk);
  const line: Inline[] = [
    say(`${capitalised(risk.likelihood)} likelihood, ${risk.impact} impact: `, ref),
    quote(risk.description, ref),
    say(fullStop(risk.description)),
  ];
  if (risk.mitigation.trim() !== '')
    line.push(say(' Mitigation: '), quote(risk.mitigation, ref), say(fullStop(risk.mitigation)));
  else line.push(say(' No mitigation yet.', ref));
  if (risk.owner.trim() !== '') line.push(say(' Owner: '), quote(risk.owner, ref), say('.'));
  return line;
}

function matrix(risks: readonly Risk[]): Block {
  const impacts = riskLevels.toReversed();
  const cells = impacts.map((impact) =>
    riskLevels.map(
      (likelihood) => risks.filter((risk) => risk.impact === impact && risk.likelihood === likelihood).length,
    ),
  );
  const high = cells[0]?.[2] ?? 0;
  return {
    kind: 'chart',
    title: 'Risks by likelihood and impact',
    alt: `A three by three grid of likelihood against impact holding ${counted(risks.length, 'risk', 'risks')}; ${high === 0 ? 'none is' : `${counted(high, 'is', 'are')}`} both likely and high-impact.`,
    chart: {
      type: 'matrix',
      rows: impacts.map((level) => `${capitalised(level)} impact`),
      columns: riskLevels.map((level) => `${capitalised(level)} likelihood`),
      cells,
    },
    ref: registerRef,
  };
}

export function risksSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const risks = facts.project.plan.risks.toSorted(bySeverity);
  if (risks.length === 0) {
    return {
      blocks: [
        gapCallout(
          'No risks recorded',
          'Add the risks of the move on the Plan tab, each with its likelihood, impact, mitigation and owner.',
          registerRef,
        ),
      ],
      gap: true,
    };
  }
  if (detail === 'brief') {
    const top = risks.slice(0, boardRiskCount);
    return {
      blocks: [
        paragraph(
          say(
            risks.length > top.length
              ? `The ${top.length} most severe of ${risks.length} risks recorded:`
              : 'The risks recorded:',
            registerRef,
          ),
        ),
        { kind: 'bullets', items: top.map(riskLine) },
      ],
      gap: false,
    };
  }
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: 'Risk register, most severe first',
      header: ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner'],
      rows: risks.map((risk) => {
        const ref = refs.risk(risk);
        return [
          userCell(risk.description, ref),
          cell(capitalised(risk.likelihood), ref),
          cell(capitalised(risk.impact), ref),
          userCell(risk.mitigation, ref, 'None yet'),
          userCell(risk.owner, ref, 'No owner'),
        ];
      }),
    },
    matrix(risks),
  ];
  const unmitigated = risks.filter((risk) => risk.mitigation.trim() === '').length;
  const unowned = risks.filter((risk) => risk.owner.trim() === '').length;
  const missing = [
    ...(unmitigated > 0 ? [`${counted(unmitigated, 'risk has', 'risks have')} no mitigation`] : []),
    ...(unowned > 0 ? [`${counted(unowned, 'risk has', 'risks have')} no owner`] : []),
  ];
  if (missing.length > 0)
    blocks.push(
      warningCallout('Risks to complete', [say(`${capitalised(listInWords(missing))}.`, registerRef)], registerRef),
    );
  return { blocks, gap: false };
}
