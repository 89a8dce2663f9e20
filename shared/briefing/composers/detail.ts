/** How much a section says: `brief` for the board's one page, `full` for the executives' briefings. */
export type Detail = 'brief' | 'full';
