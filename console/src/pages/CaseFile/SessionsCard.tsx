/**
 * 调解会记录: each sitting of the mediation (time, place, who sat, minutes, how it ended), newest
 * last as on paper. Staff who may mediate the case record a sitting while it is in mediation, often
 * from the paper minutes after the meeting. Shown when there is a sitting or one can be recorded.
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CASE_FILE } from '../../locales/zh-CN';
import { MEDIATION_SESSION_OUTCOME, PARTY_ROLE } from '../../locales/zh-CN/enums';
import { useAccess } from '../../app/session-hooks';
import { SessionForm, SessionMediatorsDoc } from './actions/SessionForm';
import { useDepartments } from './actions/pickers';

/**
 * The sittings ride in the case file's fragment with their people's ids only: names of mediators and departments
 * come from the lists the forms load anyway (useDepartments, the mediator list), so the case file makes no extra
 * subgraph fetch (its plan is budgeted in schema/query-plans.test.ts).
 */
export const CaseSessionsFragment = graphql(`
  fragment CaseSessions on Case {
    status
    parties {
      name
      role
    }
    assignments {
      id
      mediator {
        id
        name
      }
    }
    mediationSessions {
      id
      sequence
      heldAt
      place
      outcome
      minutes
      parties {
        name
        role
      }
      mediators {
        role
        mediator {
          id
        }
      }
      departments {
        id
      }
    }
  }
`);

const OUTCOME_COLOR: Record<string, string> = { AGREED: 'success', PARTIAL: 'cyan', NO_AGREEMENT: 'error', ADJOURNED: 'default' };

export default function SessionsCard(props: { case: FragmentType<typeof CaseSessionsFragment> }) {
  const c = getFragmentData(CaseSessionsFragment, props.case);
  const sessions = c.mediationSessions;
  const { departments } = useDepartments();
  const { data: pool } = useQuery(SessionMediatorsDoc, { skip: !sessions.length });
  const names = new Map<string, string>([
    ...(pool?.mediators.edges ?? []).map((e) => [e.node.id, e.node.name] as [string, string]),
    ...c.assignments.flatMap((a) => (a.mediator?.name ? [[a.mediator.id, a.mediator.name] as [string, string]] : [])),
    ...departments.map((d) => [d.id, d.name] as [string, string]),
  ]);
  const t = CASE_FILE.sessions;
  const access = useAccess();
  const [recording, setRecording] = useState(false);
  const canRecord = access.recordMediationSession && c.status === 'IN_MEDIATION';
  if (!sessions.length && !canRecord) return null;
  return (
    <Card size="small" title={t.title} data-testid="case-sessions"
      extra={canRecord && <Button size="small" type="primary" ghost onClick={() => setRecording(true)} data-testid="action-session">{t.record}</Button>}>
      {!sessions.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {sessions.map((s) => (
          <Descriptions key={s.id} size="small" bordered column={2} data-testid="session"
            title={<Space>{t.nth(s.sequence)}<Tag color={OUTCOME_COLOR[s.outcome]}>{MEDIATION_SESSION_OUTCOME[s.outcome]}</Tag></Space>}>
            <Descriptions.Item label={t.heldAt}>{dayjs(s.heldAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            <Descriptions.Item label={t.place}>{s.place}</Descriptions.Item>
            <Descriptions.Item label={t.parties} span={2}>
              {s.parties.map((p) => <Tag key={p.name}>{`${p.name}（${PARTY_ROLE[p.role]}）`}</Tag>)}
            </Descriptions.Item>
            <Descriptions.Item label={t.mediators} span={2}>
              {s.mediators.map((m) => <Tag key={m.mediator.id} color={m.role === 'LEAD' ? 'blue' : undefined}>{`${names.get(m.mediator.id) ?? t.someMediator}（${t.role[m.role]}）`}</Tag>)}
            </Descriptions.Item>
            {s.departments.length > 0 && (
              <Descriptions.Item label={t.departments} span={2}>{s.departments.map((d) => <Tag key={d.id}>{names.get(d.id) ?? t.someDepartment}</Tag>)}</Descriptions.Item>
            )}
            <Descriptions.Item label={t.minutes} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 4, expandable: true }}>{s.minutes}</Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        ))}
      </Space>
      {recording && (
        <SessionForm open onClose={() => setRecording(false)} parties={c.parties}
          own={c.assignments.flatMap((a) => (a.mediator ? [a.mediator] : []))} />
      )}
    </Card>
  );
}
