/**
 * How urgent a case's deadline is, for the colour and the countdown in lists and the case file.
 * The server decides `overdue` and `warning` (its calendar may count working days only); this only
 * words the remaining time and picks the colour.
 */
import type { CaseStatus } from '../gql/graphql';

export type Urgency = 'overdue' | 'warning' | 'soon' | 'normal' | 'done' | 'doneLate';

export interface DeadlineView {
  urgency: Urgency;
  /** antd Tag colour. */
  color: string;
  /** 「剩余 2 天 3 小时」「超期 5 小时」「已办结」 */
  text: string;
}

/** Cases whose clock still runs (later states stop it: settled, referred on, closed, refused, withdrawn). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 「2 天 3 小时」, 「5 小时 20 分」, 「12 分钟」: the two largest units, never "0 天". */
export function formatSpan(ms: number): string {
  const abs = Math.max(0, Math.abs(ms));
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} 天 ${hours} 小时` : `${days} 天`;
  if (hours > 0) return minutes > 0 ? `${hours} 小时 ${minutes} 分` : `${hours} 小时`;
  return `${Math.max(minutes, 1)} 分钟`;
}

export function deadlineView(
  c: { status: CaseStatus; supervision: { deadlineAt: string; overdue: boolean; warning: boolean } },
  now: number,
): DeadlineView {
  const { deadlineAt, overdue, warning } = c.supervision;
  const left = Date.parse(deadlineAt) - now;
  if (!OPEN_STATUSES.includes(c.status)) {
    return overdue ? { urgency: 'doneLate', color: 'orange', text: '超期办结' } : { urgency: 'done', color: 'default', text: '已结束' };
  }
  // The server's flags win over the local clock (a warning may start days ahead on a long case).
  if (overdue || left <= 0) return { urgency: 'overdue', color: 'red', text: `超期 ${formatSpan(left)}` };
  if (warning) return { urgency: 'warning', color: 'orange', text: `剩余 ${formatSpan(left)}` };
  if (left < DAY) return { urgency: 'soon', color: 'gold', text: `剩余 ${formatSpan(left)}` };
  return { urgency: 'normal', color: 'green', text: `剩余 ${formatSpan(left)}` };
}
