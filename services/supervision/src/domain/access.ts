/**
 * Supervision's jurisdiction rule, built on the platform's policy (packages/common/src/access):
 * `authorize` / `authorizeOn` decide which roles may use a field; `Scope` is the caller's region and
 * everything below it. Pure: the services apply it, the stores receive what it decided.
 *
 * Everything supervision keeps about a case (read-model row, deadline, letter, visit, risk hit) and
 * every log event carries the region code of its case, so one rule covers them all:
 * - a record is the caller's when its region code lies in the caller's jurisdiction; one outside
 *   reads as absent (null, an empty list, NOT_FOUND for a mutation naming it), never FORBIDDEN, which
 *   would tell that it exists;
 * - a region a query names must lie in the jurisdiction: unknown → NOT_FOUND; known but above or
 *   beside the caller → FORBIDDEN naming the argument (the policy's answer to an input naming another
 *   jurisdiction's record);
 * - lists are restricted to a region subtree by a region-code prefix decided here; the stores turn it
 *   into `region_code LIKE …` (text_pattern_ops indexes).
 */
import { DomainError, likePrefix, notFound, type Scope } from '@zz/common';

/** May the caller see a record of this region? */
export function inJurisdiction(scope: Scope, regionCode: string | null | undefined): boolean {
  return scope.contains(regionCode);
}

/** The record when the caller may see it, else null (absent, whether unknown or out of scope). */
export function visible<T extends { regionCode: string }>(scope: Scope, record: T | null | undefined): T | null {
  return record && scope.contains(record.regionCode) ? record : null;
}

/**
 * The region a query names, given its code as grid knows it (null: no such region): the code to
 * restrict the query to, NOT_FOUND when unknown, FORBIDDEN naming `field` when outside the jurisdiction.
 */
export function queriedRegion(scope: Scope, code: string | null, field = 'regionId'): string {
  if (code === null) throw notFound('区域不存在');
  if (!scope.contains(code)) throw new DomainError('FORBIDDEN', '该区域不在本人辖区内 (the region is outside your jurisdiction)', field);
  return code;
}

/** The LIKE pattern of a region's subtree: the region and everything below it. */
export function subtreePattern(regionCode: string): string {
  return likePrefix(regionCode);
}

/** The LIKE pattern of the caller's whole jurisdiction (a list that names no region); matches nothing for no jurisdiction. */
export function jurisdictionPattern(scope: Scope): string {
  return scope.likePattern;
}

/**
 * 敏感信息查阅记录 list the readers of a jurisdiction: the region-code prefix of the caller's own
 * ('' for platform jobs), null when the caller has none (nothing to list).
 */
export function readersPrefix(scope: Scope): string | null {
  return scope.prefix;
}

/** A filter can only narrow the readers' prefix: to a region inside the jurisdiction, else to nothing (null). */
export function narrowedReadersPrefix(scope: Scope, requestedCode: string | null): string | null {
  return requestedCode && scope.contains(requestedCode) ? requestedCode : null;
}
