import { useMemo } from 'react';
import {
  audienceSections,
  briefingSectionIds,
  type BriefingAudience,
  type BriefingSectionId,
} from '../../../shared/briefing/sections';
import { moveById } from '../../../shared/domain/listEdits';
import type { BriefingSettings } from '../../../shared/model/briefing';
import type { Project } from '../../../shared/model/project';
import { useStoreApi, type AppStore } from '../../store';

export type SectionLayout = Array<{ id: BriefingSectionId; included: boolean }>;

/** The sections of a briefing for an audience: the user's layout, else the audience's default and the rest left out. */
export function layoutFor(settings: BriefingSettings, audience: BriefingAudience): SectionLayout {
  const own = settings.layouts[audience];
  const listed = own ?? audienceSections[audience].map((id) => ({ id, included: true }));
  const missing = briefingSectionIds.filter((id) => !listed.some((entry) => entry.id === id));
  return [...listed, ...missing.map((id) => ({ id, included: false }))];
}

/** Every edit of the Briefing tab's settings (undoable, autosaved like any project edit). */
export function briefingActions(store: AppStore) {
  const edit = (change: (settings: BriefingSettings) => BriefingSettings, coalesce?: string) =>
    store
      .getState()
      .editProject(
        (project: Project) => ({ ...project, briefing: change(project.briefing) }),
        coalesce ? { coalesce } : undefined,
      );
  const setLayout = (audience: BriefingAudience, layout: SectionLayout) =>
    edit((settings) => ({ ...settings, layouts: { ...settings.layouts, [audience]: layout } }));

  return {
    setAudience: (audience: BriefingAudience) => edit((settings) => ({ ...settings, audience })),
    setText: (field: 'decisionRequested' | 'recommendation' | 'preparedBy' | 'strategicGoals', value: string) =>
      edit((settings) => ({ ...settings, [field]: value }), `briefing:${field}`),
    setNote: (section: BriefingSectionId, note: string) =>
      edit((settings) => {
        const sectionNotes = { ...settings.sectionNotes };
        if (note === '') delete sectionNotes[section];
        else sectionNotes[section] = note;
        return { ...settings, sectionNotes };
      }, `briefing-note:${section}`),
    toggleSection(audience: BriefingAudience, layout: SectionLayout, id: BriefingSectionId) {
      setLayout(
        audience,
        layout.map((entry) => (entry.id === id ? { ...entry, included: !entry.included } : entry)),
      );
    },
    moveSection: (audience: BriefingAudience, layout: SectionLayout, id: BriefingSectionId, direction: -1 | 1) =>
      setLayout(audience, moveById(layout, id, direction)),
    /** Back to the audience's own choice of sections. */
    resetLayout: (audience: BriefingAudience) =>
      edit((settings) => {
        const layouts = { ...settings.layouts };
        delete layouts[audience];
        return { ...settings, layouts };
      }),
  };
}

export type BriefingActions = ReturnType<typeof briefingActions>;

export function useBriefingActions(): BriefingActions {
  const store = useStoreApi();
  return useMemo(() => briefingActions(store), [store]);
}
