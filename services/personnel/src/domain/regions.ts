/** Where matching looks for mediators, in region codes (the code arithmetic itself is @zz/common's). */
import { countyCodeOf, selfAndAncestorCodes } from '@zz/common';

/**
 * Where matching looks for candidates for a case at `code`: records whose center lies in the case's
 * county, or on the case's chain upward. Mediators of other counties would score 0 for proximity
 * anyway; leaving them out keeps the candidate set one county's pool at any scale.
 */
export function candidateArea(code: string): { county: string; chain: string[] } {
  return { county: countyCodeOf(code), chain: selfAndAncestorCodes(code) };
}
