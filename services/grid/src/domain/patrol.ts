/**
 * Patrol tasks (巡查任务) a center pushes down to a grid.
 *
 * Status: DISPATCHED → COMPLETED (final). `overdue` is not stored: it is "still DISPATCHED and dueAt has
 * passed", computed against the clock at read time (and in SQL for the filter), so it can never be stale.
 * A task completed after its due time is not overdue any more but keeps `completedLate`.
 */
import { ValidationErrors, enumValues } from '@zz/common';
import type { PatrolTaskStatus } from '../generated/resolvers-types';

export const PATROL_STATUSES = enumValues<PatrolTaskStatus>()(['DISPATCHED', 'COMPLETED']);
export type PatrolStatus = (typeof PATROL_STATUSES)[number];

export const PATROL_LIMITS = {
  title: { min: 2, max: 100 },
  note: { max: 1000 },
  /** A task is due within a year; further out it is a plan, not a task. */
  maxHorizonDays: 366,
};

export interface DispatchInput {
  gridId: string;
  title: string;
  dueAt: Date | string;
  note?: string | null;
}

export interface NormalisedDispatch {
  gridId: string;
  title: string;
  dueAt: Date;
  note: string | null;
}

const len = (s: string) => [...s].length;

/** Validates a dispatch; problems found by the caller (e.g. an unknown grid) may be passed in `errors` to be reported together. */
export function validateDispatch(input: DispatchInput, now: Date, errors = new ValidationErrors()): NormalisedDispatch {
  const title = (input.title ?? '').trim();
  if (len(title) < PATROL_LIMITS.title.min || len(title) > PATROL_LIMITS.title.max) {
    errors.add('input.title', `任务标题需 ${PATROL_LIMITS.title.min}–${PATROL_LIMITS.title.max} 字 (title: ${PATROL_LIMITS.title.min}–${PATROL_LIMITS.title.max} characters)`);
  }
  const dueAt = input.dueAt instanceof Date ? input.dueAt : new Date(input.dueAt);
  if (Number.isNaN(dueAt.getTime())) errors.add('input.dueAt', '截止时间无效 (invalid dueAt)');
  else if (dueAt.getTime() <= now.getTime()) errors.add('input.dueAt', '截止时间必须晚于当前时间 (dueAt must be in the future)');
  else if (dueAt.getTime() - now.getTime() > PATROL_LIMITS.maxHorizonDays * 86_400_000) {
    errors.add('input.dueAt', `截止时间不能超过 ${PATROL_LIMITS.maxHorizonDays} 天后 (dueAt must be within ${PATROL_LIMITS.maxHorizonDays} days)`);
  }
  const note = (input.note ?? '').trim() || null;
  if (note && len(note) > PATROL_LIMITS.note.max) errors.add('input.note', `备注不超过 ${PATROL_LIMITS.note.max} 字`);
  errors.throwIfAny();
  return { gridId: input.gridId, title, dueAt, note };
}

export function isOverdue(task: { status: string; dueAt: Date }, now: Date): boolean {
  return task.status === 'DISPATCHED' && task.dueAt.getTime() < now.getTime();
}

export function completedLate(task: { completedAt: Date | null; dueAt: Date }): boolean {
  return !!task.completedAt && task.completedAt.getTime() > task.dueAt.getTime();
}
