/** 周例会 / 月研判 resolvers: thin; the meeting service decides who may see and change what. */
import { maskPiiInText } from '@zz/common';
import { meetingTitle } from '../domain/center-meeting';
import type { CasesContext } from '../context';
import type { CenterMeetingEntity } from '../store/entities/center-meeting.entity';
import type {
  CenterMeetingAgendaItemResolvers, CenterMeetingConnectionResolvers, CenterMeetingDecisionResolvers, CenterMeetingResolvers,
} from '../generated/resolvers-types';
import { visible } from './Case';

const user = (id: string | null) => (id ? { __typename: 'User' as const, id } : null);

/**
 * Minutes and decisions follow the parties' rule of the cases discussed: a number typed into them is
 * shown in full only to a reader who sees the parties in full on every case of the agenda.
 */
async function mayReadInFull(ctx: CasesContext, m: CenterMeetingEntity): Promise<boolean> {
  const cases = await ctx.loaders.caseById.loadMany(m.agenda.map((a) => a.caseId));
  return cases.every((c) => !!c && !(c instanceof Error) && !!visible(ctx, c) && ctx.queries.maySeePartyPii(ctx, c));
}

const caseRef = async (ctx: CasesContext, id: string | null) => (id ? visible(ctx, await ctx.loaders.caseById.load(id)) : null);

export const CenterMeeting: CenterMeetingResolvers = {
  center: (m) => ({ __typename: 'Center', id: m.centerId }),
  title: (m) => meetingTitle(m.kind, m.year, m.sequence),
  agenda: (m) => m.agenda.map((a) => ({ meeting: m, position: a.position, caseId: a.caseId, note: a.note })),
  attendees: (m) => m.attendees ?? [],
  async minutes(m, _, ctx) {
    if (m.minutes === null) return null;
    return (await mayReadInFull(ctx, m)) ? m.minutes : maskPiiInText(m.minutes);
  },
  decisions: (m) => (m.decisions ?? []).map((row) => ({ meeting: m, row })),
  scheduledBy: (m) => user(m.scheduledBy),
  recordedBy: (m) => user(m.recordedBy),
};

export const CenterMeetingAgendaItem: CenterMeetingAgendaItemResolvers = {
  case: (a, _, ctx) => caseRef(ctx, a.caseId),
};

export const CenterMeetingDecision: CenterMeetingDecisionResolvers = {
  case: (d, _, ctx) => caseRef(ctx, d.row.caseId),
  async text(d, _, ctx) {
    return (await mayReadInFull(ctx, d.meeting)) ? d.row.text : maskPiiInText(d.row.text);
  },
  department: (d) => (d.row.departmentId ? { __typename: 'Department' as const, id: d.row.departmentId } : null),
  dueDate: (d) => (d.row.dueDate ? new Date(d.row.dueDate) : null),
};

export const CenterMeetingConnection: CenterMeetingConnectionResolvers = {
  totalCount: (c) => c.totalCount(),
};
