import { describe, expect, it } from 'vitest';
import {
  addMeeting,
  addPlanRecord,
  movePlanRecord,
  removeMeeting,
  removePlanRecord,
  setEscalationPath,
  updatePlanRecord,
  updateRelationshipManager,
} from '../../shared/domain/planEdits';
import { suggestedExpectations, usualMeetings } from '../../shared/domain/planSuggestions';
import { createProject } from '../../shared/model/project';

const project = createProject({ name: 'P', functionTemplate: 'it-help-desk', now: new Date('2026-06-01T00:00:00Z') });
const plan = project.plan;

describe('editing the plan', () => {
  it('adds, updates, moves and removes goals, expectations and risks by id', () => {
    let next = addPlanRecord(plan, 'goals', { id: 'a', goal: 'Grow', contribution: '' });
    next = addPlanRecord(next, 'goals', { id: 'b', goal: 'Hire', contribution: '' });
    next = updatePlanRecord(next, 'goals', 'a', { contribution: 'Frees time' });
    next = movePlanRecord(next, 'goals', 'b', -1);
    expect(next.goals.map((g) => [g.id, g.contribution])).toEqual([
      ['b', ''],
      ['a', 'Frees time'],
    ]);
    expect(removePlanRecord(next, 'goals', 'a').goals.map((g) => g.id)).toEqual(['b']);
    expect(plan.goals).toEqual([]);
  });

  it('keeps governance edits apart: manager, meetings and the escalation steps in order', () => {
    let next = updateRelationshipManager(plan, { name: 'Dana' });
    next = updateRelationshipManager(next, { timeShare: 0.5 });
    next = addMeeting(next, { id: 'm', name: 'Review', frequency: 'monthly', attendees: '', purpose: '' });
    next = setEscalationPath(next, ['Team lead', 'Director']);
    expect(next.governance.relationshipManager).toEqual({ name: 'Dana', role: '', timeShare: 0.5 });
    expect(removeMeeting(next, 'm').governance.meetings).toEqual([]);
    expect(next.governance.escalationPath).toEqual(['Team lead', 'Director']);
  });
});

describe('suggestions', () => {
  it('offers the function’s KPIs and cost per unit, with today’s cost per unit as its baseline once known', () => {
    const empty = suggestedExpectations(project);
    expect(empty.at(-1)).toMatchObject({ kpi: 'Cost per ticket', baseline: '' });
    const withCosts = {
      ...project,
      costs: {
        ...project.costs,
        periods: [
          {
            id: 'y',
            label: '2025',
            kind: 'year' as const,
            start: '2025-01-01',
            amounts: { labour: 120_000 },
            volume: 40_000,
          },
        ],
      },
    };
    // 120,000 ÷ 40,000 tickets = 3.00 a ticket.
    expect(suggestedExpectations(withCosts).at(-1)?.baseline).toBe('$3.00 (2025)');
    expect(empty.length).toBeGreaterThan(3);
  });

  it('suggests the weekly, monthly and quarterly rhythm of tip 5', () => {
    expect(usualMeetings.map((m) => m.frequency)).toEqual(['weekly', 'monthly', 'quarterly']);
  });
});
