/**
 * 合并: `caseId` is withdrawn into `intoCaseId`. Both keep their own ledgers; each gets an entry
 * naming the other, and both rows change in one transaction (in id order, so two opposite merges
 * cannot deadlock).
 */
import { authorize, conflict } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { isOpen } from '../domain/case-status';
import { type MergeInput, validateMerge } from '../domain/assignment';
import { type Actor, type At, type CaseChanges, concurrentChange } from './case-changes';

export async function merge(cx: CaseChanges, actor: Actor, input: MergeInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.mergeCases');
  const v = validateMerge(input);
  // The case changed first (NOT_FOUND when it is not the caller's), then the one it points at.
  const source = await cx.loadInScope(actor, v.caseId, 'input.caseId');
  const target = await cx.loadReferenced(actor, v.intoCaseId, 'input.intoCaseId');
  const merged = cx.decide(source, { type: 'merge', mergedInto: target.id });
  if (!isOpen(target.status) || target.mergedIntoId) {
    throw conflict(`目标案件 ${target.code} 已不在办理中，不能合并到它 / the target case is not open`);
  }
  const at = cx.now(opts);
  return cx.store.transaction(async (tx) => {
    const ordered = [source, target].sort((a, b) => (a.id < b.id ? -1 : 1));
    const after = new Map<string, CaseEntity>();
    for (const c of ordered) {
      const patch: Partial<CaseEntity> = c === source
        ? { status: merged.next.status, mediationFailed: merged.next.mediationFailed, ladderStep: merged.next.stepKey, mergedIntoId: target.id }
        : {};
      const updated = await tx.updateCase(c.id, c.version, patch, at);
      if (!updated) throw concurrentChange();
      after.set(c.id, updated);
    }
    const s = after.get(source.id)!, t = after.get(target.id)!;
    await tx.insertMerge(source.id, target.id, at, actor.identity.userId, v.reason);
    await cx.recordChanges(tx, actor, [
      { before: source, after: s, action: merged.action, note: v.reason, details: { mergedInto: target.id, mergedIntoCode: target.code } },
      { before: target, after: t, action: 'mergeIn', note: v.reason, details: { mergedFrom: source.id, mergedFromCode: source.code } },
    ], at);
    return t;
  });
}
