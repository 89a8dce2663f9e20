/** Countries that print on Letter rather than A4 (North America and a few others in the Americas and Asia). */
const letterRegions = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI']);

/** The paper the reader's printer most likely holds, from the OS locale (e.g. "en-US" → Letter, "en-GB" → A4). */
export function paperSizeFor(locale: string): 'A4' | 'Letter' {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && letterRegions.has(region) ? 'Letter' : 'A4';
}
