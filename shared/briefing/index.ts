/**
 * The C-suite briefing: compose it from a project, render it to HTML (preview and PDF) or Markdown. The Word
 * renderer lives in `./docx` and is imported on its own, lazily, because the docx library is large.
 */
export { briefingSectionOrder, composeBriefing, type ComposeOptions } from './compose';
export { briefingRankSamples, tentativeCoverage, type PrecomputedRankProbabilities } from './facts';
export type * from './model';
export { renderBriefingHtml, type HtmlOptions } from './renderHtml';
export { renderBriefingMarkdown } from './renderMarkdown';
export * from './sections';
