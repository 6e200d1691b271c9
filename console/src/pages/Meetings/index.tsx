/**
 * 例会研判: the center's 周例会 and 月研判 by month, with a kind filter; center staff schedule one
 * (agenda picked from the center's open cases). A row opens the meeting page (/meetings/:id).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, DatePicker, Segmented, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { useAccess, useSession } from '../../app/session-hooks';
import { errorMessage } from '../../app/errors';
import { getFragmentData } from '../../gql';
import type { CenterMeetingKind, MeetingFieldsFragment } from '../../gql/graphql';
import { MEETINGS } from '../../locales/zh-CN';
import { MeetingFieldsDoc, MeetingListDoc, MyCenterDoc } from './documents';
import ScheduleForm from './ScheduleForm';

const t = MEETINGS;
export const STATUS_COLOR: Record<string, string> = { SCHEDULED: 'processing', HELD: 'success', CANCELLED: 'default' };
export const when = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

export default function MeetingsPage() {
  const session = useSession();
  const access = useAccess();
  const navigate = useNavigate();
  const [month, setMonth] = useState<Dayjs>(dayjs().startOf('month'));
  const [kind, setKind] = useState<CenterMeetingKind | 'ALL'>('ALL');
  const [scheduling, setScheduling] = useState(false);
  const code = session?.user.region.code ?? '';
  const { data: mine } = useQuery(MyCenterDoc, { variables: { code }, skip: !code });
  const center = mine?.centerFor ?? null;
  const { data, loading, error, refetch } = useQuery(MeetingListDoc, {
    variables: { centerId: center?.id, kind: kind === 'ALL' ? undefined : kind, from: month.toISOString(), to: month.add(1, 'month').toISOString() },
    skip: !center, fetchPolicy: 'cache-and-network',
  });
  const rows = getFragmentData(MeetingFieldsDoc, (data?.centerMeetings.edges ?? []).map((e) => e.node));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="meetings-page">
      <Card size="small" title={t.title} extra={<Typography.Text type="secondary">{center?.name}</Typography.Text>}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t.hint}</Typography.Paragraph>
      </Card>
      {error && <Alert type="error" title={errorMessage(error)} />}
      <Card size="small"
        title={<Space>
          <DatePicker picker="month" value={month} allowClear={false} onChange={(d) => d && setMonth(d.startOf('month'))} aria-label={t.month} data-testid="meetings-month" />
          <Segmented value={kind} onChange={(v) => setKind(v as CenterMeetingKind | 'ALL')} data-testid="meetings-kind"
            options={[{ value: 'ALL', label: t.allKinds }, { value: 'WEEKLY', label: t.kind.WEEKLY }, { value: 'MONTHLY', label: t.kind.MONTHLY }]} />
        </Space>}
        extra={access.scheduleCenterMeeting && center && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)} data-testid="meeting-schedule">{t.schedule}</Button>
        )}>
        <Table<MeetingFieldsFragment>
          size="small" rowKey="id" loading={loading && !data} pagination={false} dataSource={[...rows]} data-testid="meetings-table"
          locale={{ emptyText: t.empty }}
          onRow={(m) => ({ onClick: () => navigate(`/meetings/${m.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t.columns.title, key: 'title', render: (_, m) => <Space><Tag color={m.kind === 'MONTHLY' ? 'purple' : 'blue'}>{t.kind[m.kind]}</Tag><a>{m.title}</a></Space> },
            { title: t.columns.scheduledAt, dataIndex: 'scheduledAt', width: 150, render: when },
            { title: t.columns.place, dataIndex: 'place', width: 200 },
            { title: t.columns.topic, dataIndex: 'topic' },
            { title: t.columns.agenda, key: 'agenda', width: 80, render: (_, m) => t.agendaCount(m.agenda.length) },
            { title: t.columns.status, dataIndex: 'status', width: 90, render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t.status[s]}</Tag> },
          ]}
        />
      </Card>
      {scheduling && center && (
        <ScheduleForm centerId={center.id} open onClose={() => setScheduling(false)}
          onDone={(id) => { setScheduling(false); void refetch(); navigate(`/meetings/${id}`); }} />
      )}
    </Space>
  );
}
