import { cell, gapCallout, userCell, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block } from '../model';
import { refs } from '../refs';
import { capitalised, counted, paragraph, say } from '../words';
import type { Detail } from './detail';

/**
 * What the provider will be held to (tip 4 of the partnership tips): objectives as outcomes, each with a KPI,
 * today's figure, a target, how it is measured, how often it is reported and what follows a miss. The
 * contract says what is achieved; how is the provider's expertise.
 */

const kpiRef = refs.kpi();

export function expectationsSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { expectations } = facts.project.plan;
  if (expectations.length === 0) {
    return {
      blocks: [
        gapCallout(
          'No service levels defined',
          'Add the outcomes you expect on the Plan tab, each with a KPI, today’s figure and a target, so bids can be compared and the contract enforced.',
          kpiRef,
        ),
      ],
      gap: true,
    };
  }
  const blocks: Block[] = [
    paragraph(
      say(
        'Each row states an outcome the provider must achieve, not how to achieve it: the method is what the company pays the provider’s expertise for.',
      ),
    ),
    {
      kind: 'table',
      caption: 'Service levels and KPIs',
      header: ['Objective', 'KPI', 'Today', 'Target', 'How measured', 'Reported', 'If missed'],
      rows: expectations.map((row) => {
        const ref = refs.kpi(row);
        return [
          userCell(row.objective, ref),
          userCell(row.kpi, ref, 'Not set'),
          userCell(row.baseline, ref, 'Not measured'),
          userCell(row.target, ref, 'Not set'),
          userCell(row.measurement, ref, 'Not set'),
          cell(capitalised(row.cadence), ref),
          userCell(row.consequence, ref, 'None agreed'),
        ];
      }),
    },
  ];
  const noBaseline = expectations.filter((row) => row.baseline.trim() === '').length;
  const noTarget = expectations.filter((row) => row.target.trim() === '').length;
  const noConsequence = expectations.filter((row) => row.consequence.trim() === '').length;
  const missing: string[] = [];
  if (noBaseline > 0)
    missing.push(`${counted(noBaseline, 'KPI has', 'KPIs have')} no figure for today, so improvement cannot be shown`);
  if (noTarget > 0) missing.push(`${counted(noTarget, 'KPI has', 'KPIs have')} no target`);
  if (noConsequence > 0)
    missing.push(`${counted(noConsequence, 'KPI has', 'KPIs have')} no agreed consequence for a miss`);
  if (detail === 'full' && missing.length > 0) {
    blocks.push(
      warningCallout('Service levels to complete', [say(`${capitalised(missing.join('; '))}.`, kpiRef)], kpiRef),
    );
  }
  return { blocks, gap: false };
}
