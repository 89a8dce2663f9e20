/** How an item's source reads: "BPO partnership tips · Tip 3". The tag is the part after the dot. */
const separator = ' · ';

export function formatSource(label: string, detail: string): string {
  return `${label}${separator}${detail}`;
}

/** The short tag shown on a checklist row: "Tip 3", "Question 8", or the whole source when it has no detail. */
export function sourceTag(source: string): string {
  return source.split(separator).at(-1) ?? source;
}
