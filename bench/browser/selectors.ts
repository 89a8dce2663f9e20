import type { SectionId } from '../../renderer/features/workspace/sections';

/**
 * What "painted" waits for, as CSS selectors the probes check once a frame: the same test on the app and on
 * its floor wherever both have the thing.
 */

/** A page's first screen with a control to act on: the Projects home, or the blank page. */
export const focusableControl = 'main:has(h1) button';

/** The Projects home listing the projects of the folder. */
export const projectListed = 'main .project-card';

/** A workspace tab's panel shown with its own content, not the placeholder of a section still loading. */
export const tabReady = (id: SectionId) =>
  `[role="tabpanel"][data-state="active"][id$="-content-${id}"]:has(h2, h3, [role="tablist"], iframe)`;

/** The blank page's panel after its button was clicked `clicks` times. */
export const floorPanel = (clicks: number) => `[data-panel="${clicks}"]`;
