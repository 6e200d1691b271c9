/**
 * 领导包案: a leader of the jurisdiction takes a hard case personally and answers for it until it is
 * settled. Decisions: only an open case can be taken; a case has one leader at a time, so a case
 * another leader already took is CONFLICT (a change of leader is a decision the center makes, not a
 * race between two leaders), and taking one's own case again is CONFLICT too. Jurisdiction is the
 * usual rule: the case's region lies within the leader's.
 */
import { conflict } from '@zz/common';
import { type CaseStatus, isOpen } from './case-status';

export function checkTake(status: CaseStatus, currentLeaderId: string | null, userId: string | null): void {
  if (!userId) throw conflict('只有本辖区领导本人可以包案 / only a signed-in leader can take a case');
  if (!isOpen(status)) throw conflict('案件已化解、分流或终结，无需包案 / the case is no longer open');
  if (currentLeaderId === userId) throw conflict('您已包案 / you already lead this case');
  if (currentLeaderId) throw conflict('该案件已由其他领导包案 / another leader already leads this case');
}

/** Whether the case can be taken at all (the TAKE_CASE action; the role is the policy's). */
export const canBeTaken = (status: CaseStatus, leaderId: string | null) => isOpen(status) && !leaderId;
