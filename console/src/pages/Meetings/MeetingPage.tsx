/**
 * One 周例会 / 月研判: its agenda (cases linked to their files), and once held the attendees, the
 * minutes and the decisions (responsible department, due date). Center staff record or cancel a
 * scheduled meeting here.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Empty, Input, Modal, Result, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useAccess } from '../../app/session-hooks';
import { errorMessage } from '../../app/errors';
import { getFragmentData } from '../../gql';
import { MEETINGS } from '../../locales/zh-CN';
import { CancelMeetingDoc, MeetingDetailDoc, MeetingFieldsDoc } from './documents';
import RecordForm from './RecordForm';
import { STATUS_COLOR, when } from './index';

const t = MEETINGS;

export default function MeetingPage() {
  const { id = '' } = useParams();
  const access = useAccess();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(MeetingDetailDoc, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [recording, setRecording] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [cancel, { loading: cancelBusy }] = useMutation(CancelMeetingDoc);
  const raw = data?.centerMeeting;
  const m = getFragmentData(MeetingFieldsDoc, raw);
  if (error) return <Alert type="error" title={errorMessage(error)} />;
  if (!loading && !raw) return <Result status="404" title={t.notFound} extra={<Link to="/meetings">{t.back}</Link>} />;
  if (!m || !raw) return <Card loading />;
  const scheduled = m.status === 'SCHEDULED';
  const codeOf = new Map(m.agenda.flatMap((a) => (a.case ? [[a.case.id, a.case.code] as [string, string]] : [])));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="meeting-page">
      <Link to="/meetings">{t.back}</Link>
      <Card size="small" data-testid="meeting-head"
        title={<Space><Tag color={m.kind === 'MONTHLY' ? 'purple' : 'blue'}>{t.kind[m.kind]}</Tag>{m.title}<Tag color={STATUS_COLOR[m.status]} data-testid="meeting-status">{t.status[m.status]}</Tag></Space>}
        extra={scheduled && access.recordCenterMeeting && (
          <Space>
            <Button onClick={() => setCancelling(true)} data-testid="meeting-cancel">{t.cancel}</Button>
            <Button type="primary" onClick={() => setRecording(true)} data-testid="meeting-record">{t.record}</Button>
          </Space>
        )}>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t.columns.scheduledAt}>{when(m.scheduledAt)}</Descriptions.Item>
          <Descriptions.Item label={t.columns.place}>{m.place}</Descriptions.Item>
          <Descriptions.Item label={t.columns.topic} span={2}>{m.topic}</Descriptions.Item>
          {raw.heldAt && <Descriptions.Item label={t.heldAt}>{when(raw.heldAt)}</Descriptions.Item>}
          {raw.cancelReason && <Descriptions.Item label={t.cancelReason} span={2}>{raw.cancelReason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t.agenda}>
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="meeting-agenda">
          {m.agenda.map((a) => (
            <Space wrap key={a.position}>
              <Typography.Text strong>{a.position}.</Typography.Text>
              {a.case ? <Link to={`/cases/${a.case.id}`}>{`${a.case.code} ${a.case.title}`}</Link> : <Typography.Text type="secondary">{t.noCase}</Typography.Text>}
              {a.case?.deadlineAt && dayjs(a.case.deadlineAt).isBefore(dayjs()) && <Tag color="error">{t.form.overdue}</Tag>}
              {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
            </Space>
          ))}
        </Space>
      </Card>
      {m.status === 'HELD' && (
        <>
          <Card size="small" title={t.attendees} data-testid="meeting-attendees">
            <Space wrap>{raw.attendees.map((p) => <Tag key={`${p.name}-${p.title ?? ''}`}>{p.title ? `${p.name}（${p.title}）` : p.name}</Tag>)}</Space>
          </Card>
          <Card size="small" title={t.minutes}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="meeting-minutes">{raw.minutes}</Typography.Paragraph>
          </Card>
          <Card size="small" title={t.decisions}>
            {raw.decisions.length ? (
              <Table size="small" pagination={false} rowKey="key" dataSource={raw.decisions.map((d, i) => ({ ...d, key: i }))} data-testid="meeting-decisions"
                columns={[
                  { title: t.form.decisionCase, key: 'case', width: 200, render: (_, d) => (d.case ? <Link to={`/cases/${d.case.id}`}>{codeOf.get(d.case.id) ?? d.case.code}</Link> : t.general) },
                  { title: t.form.decisionText, dataIndex: 'text' },
                  { title: t.department, key: 'dept', width: 140, render: (_, d) => d.department?.name ?? '—' },
                  { title: t.dueDate, dataIndex: 'dueDate', width: 120, render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—') },
                ]} />
            ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          </Card>
        </>
      )}
      {recording && (
        <RecordForm meetingId={m.id} agenda={m.agenda.flatMap((a) => (a.case ? [{ id: a.case.id, label: `${a.case.code} ${a.case.title}` }] : []))}
          open onClose={() => setRecording(false)} onDone={() => { setRecording(false); void refetch(); }} />
      )}
      <Modal open={cancelling} title={t.cancel} onCancel={() => setCancelling(false)} confirmLoading={cancelBusy} okButtonProps={{ disabled: reason.trim().length < 2 }}
        onOk={async () => {
          try {
            await cancel({ variables: { id: m.id, reason: reason.trim() } });
            setCancelling(false);
            void refetch();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder={t.form.reason} data-testid="field-cancel-reason" />
      </Modal>
    </Space>
  );
}
