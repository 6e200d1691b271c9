/**
 * 例会研判 on the case file: the 周例会 / 月研判 that had this case on their agenda, linked to the
 * meeting page. Its own small query after the page has loaded (not in the case file's fragment), so
 * the case file's budgeted plan (schema/query-plans.test.ts) is unchanged; hidden when there is none.
 */
import { Link } from 'react-router';
import { Card, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { MEETINGS } from '../../locales/zh-CN';

const CaseMeetingsDoc = graphql(`
  query CaseFileMeetings($id: ID!) {
    case(id: $id) {
      id
      meetings {
        id
        title
        kind
        status
        scheduledAt
        topic
      }
    }
  }
`);

const t = MEETINGS;
const STATUS_COLOR: Record<string, string> = { SCHEDULED: 'processing', HELD: 'success', CANCELLED: 'default' };

export default function MeetingsCard({ caseId }: { caseId: string }) {
  const { data } = useQuery(CaseMeetingsDoc, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const meetings = data?.case?.meetings ?? [];
  if (!meetings.length) return null;
  return (
    <Card size="small" title={t.caseCard} data-testid="case-meetings">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {meetings.map((m) => (
          <Space wrap key={m.id}>
            <Tag color={m.kind === 'MONTHLY' ? 'purple' : 'blue'}>{t.kind[m.kind]}</Tag>
            <Link to={`/meetings/${m.id}`}>{m.title}</Link>
            <span>{dayjs(m.scheduledAt).format('YYYY-MM-DD HH:mm')}</span>
            <span>{m.topic}</span>
            <Tag color={STATUS_COLOR[m.status]}>{t.status[m.status]}</Tag>
          </Space>
        ))}
      </Space>
    </Card>
  );
}
