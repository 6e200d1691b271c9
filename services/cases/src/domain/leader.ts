/**
 * 领导包案: a leader of the jurisdiction takes a hard case personally and answers for it until it is
 * settled. Decisions: only an open case can be taken; a case has one leader at a time, so a case
 * another leader already took is CONFLICT (a change of leader is a decision the center makes, not a
 * race between two leaders), and taking one's own case again is CONFLICT too. Jurisdiction is the
 * usual rule: the case's region lies within the leader's.
 */
import { badInput, conflict } from '@zz/common';
import { type CaseStatus, isOpen } from './case-status';

export function checkTake(status: CaseStatus, currentLeaderId: string | null, userId: string | null): void {
  if (!userId) throw conflict('只有本辖区领导本人可以包案 / only a signed-in leader can take a case');
  if (!isOpen(status)) throw conflict('案件已化解、分流或终结，无需包案 / the case is no longer open');
  if (currentLeaderId === userId) throw conflict('您已包案 / you already lead this case');
  if (currentLeaderId) throw conflict('该案件已由其他领导包案 / another leader already leads this case');
}

/** Whether the case can be taken at all (the TAKE_CASE action; the role is the policy's). */
export const canBeTaken = (status: CaseStatus, leaderId: string | null) => isOpen(status) && !leaderId;

/** A user as the directory describes them: enough to tell whether they can lead a case. */
export interface LeaderCandidate {
  readonly id: string;
  readonly roles: readonly string[];
  readonly active: boolean;
  readonly regionCode: string;
}

/**
 * 指定包案领导: a supervisor (or a leader above) names the leader who takes a case. Decisions: the one
 * named must be an active LEADER whose jurisdiction holds the case (the case's region lies within
 * theirs) — BAD_USER_INPUT on `input.leaderId` otherwise; naming the case's current leader again is
 * CONFLICT; naming another replaces the current one (the center's decision, recorded with the
 * previous leader on the ledger). Only an open case gets a leader.
 */
export function checkDesignate(status: CaseStatus, currentLeaderId: string | null, caseRegionCode: string, leader: LeaderCandidate | null): void {
  if (!leader || !leader.roles.includes('LEADER') || !leader.active) throw badInput('所选人员不是在岗领导 / not an active leader', 'input.leaderId');
  if (!caseRegionCode.startsWith(leader.regionCode)) {
    throw badInput('该领导的辖区不含本案所在区域 / the leader\'s jurisdiction does not hold the case', 'input.leaderId');
  }
  if (!isOpen(status)) throw conflict('案件已化解、分流或终结，无需包案 / the case is no longer open');
  if (currentLeaderId === leader.id) throw conflict('该领导已包案 / this leader already leads the case');
}
