/** 联合会商 (1+5+N): the meetings held on this case and what they decided (recorded here). Shown when there is one. */
import { useState } from 'react';
import { Button, Card, Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CASE_FILE } from '../../locales/zh-CN';
import { useAccess } from '../../app/session-hooks';
import { ConsultationDecisionForm } from './actions/WorkForms';

export const CaseConsultationsFragment = graphql(`
  fragment CaseConsultations on Case {
    consultations {
      id
      topic
      status
      openedAt
      departments {
        id
        name
      }
      convenedBy {
        id
        name
      }
      attendees {
        department {
          id
        }
        name
        title
      }
      decision {
        responsibilitySplit
        plan
        decidedAt
      }
    }
  }
`);

/** An attendee's department is one of the convened ones, whose names the card already has (no second fetch). */
const nameOf = (departments: readonly { id: string; name: string }[], id: string) => departments.find((d) => d.id === id)?.name ?? '';

export default function ConsultationsCard(props: { case: FragmentType<typeof CaseConsultationsFragment> }) {
  const { consultations } = getFragmentData(CaseConsultationsFragment, props.case);
  const t = CASE_FILE.consultations;
  const access = useAccess();
  const [deciding, setDeciding] = useState<{ id: string; topic: string; departments: { id: string; name: string }[] } | null>(null);
  if (!consultations.length) return null;
  return (
    <Card size="small" title={t.title} data-testid="case-consultations">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {consultations.map((m) => (
          <Descriptions key={m.id} size="small" bordered column={2} data-testid="consultation">
            <Descriptions.Item label={t.topic} span={2}>{m.topic}</Descriptions.Item>
            <Descriptions.Item label={t.departments} span={2}>
              {m.departments.map((d) => <Tag key={d.id}>{d.name}</Tag>)}
            </Descriptions.Item>
            <Descriptions.Item label={t.convenedBy}>{m.convenedBy.name}</Descriptions.Item>
            <Descriptions.Item label={t.openedAt}>{dayjs(m.openedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            {m.decision ? (
              <>
                <Descriptions.Item label={t.split} span={2}>{m.decision.responsibilitySplit}</Descriptions.Item>
                <Descriptions.Item label={t.plan} span={2}>{m.decision.plan}</Descriptions.Item>
                <Descriptions.Item label={t.attendees} span={2}>
                  <span data-testid="consultation-attendees">
                    {m.attendees.length
                      ? m.attendees.map((a) => `${nameOf(m.departments, a.department.id)}　${a.name}${a.title ? `（${a.title}）` : ''}`).join('；')
                      : t.noAttendees}
                  </span>
                </Descriptions.Item>
              </>
            ) : (
              <Descriptions.Item label={t.decision} span={2}>
                <Tag color="processing">{t.pending}</Tag>
                {access.recordConsultationDecision && (
                  <Button size="small" type="link" onClick={() => setDeciding({ id: m.id, topic: m.topic, departments: m.departments })} data-testid="action-decide">{t.decide}</Button>
                )}
              </Descriptions.Item>
            )}
          </Descriptions>
        ))}
      </Space>
      {deciding && <ConsultationDecisionForm open onClose={() => setDeciding(null)} consultationId={deciding.id} topic={deciding.topic} departments={deciding.departments} />}
    </Card>
  );
}
