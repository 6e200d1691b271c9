/**
 * Region-code arithmetic: codes grow by 3 digits a level below the county's 6 (town 9, village 12,
 * grid 15), so the regions above a code are its prefixes.
 */

/** Region codes of the chain above `code` (county 6, town 9, village 12 digits), excluding itself. */
export function ancestorCodes(code: string): string[] {
  return [6, 9, 12].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

/** Prefixes of `code` at every level, itself included (for "the centers above this region"). */
export function selfAndAncestorCodes(code: string): string[] {
  return [6, 9, 12, 15].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/**
 * Where matching looks for candidates for a case at `code`: records whose center lies in the case's
 * county, or on the case's chain upward. Mediators of other counties would score 0 for proximity
 * anyway; leaving them out keeps the candidate set one county's pool at any scale.
 */
export function candidateArea(code: string): { county: string; chain: string[] } {
  return { county: code.slice(0, 6), chain: selfAndAncestorCodes(code) };
}
