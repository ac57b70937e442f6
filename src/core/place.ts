import type { Location } from './types.js';

/** Where a passage is, as citations show it: "p. 3" in a paged document (PDF), else "paragraph 14". */
export function placeOf(location: Location): string {
  return location.page !== undefined ? `p. ${location.page}` : `paragraph ${location.paragraph}`;
}
