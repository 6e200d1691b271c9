/**
 * 消息记录: what the notification port sent to residents (codes, receipts, "resolved" links), read from its
 * local sink by an ADMIN in demo and test mode, newest first, filtered by phone. In production the server
 * refuses (the messages leave through the SMS gateway) and the page says so instead of showing an error.
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import { errorMessage, hasCode } from '../../app/errors';
import { OUTBOX } from '../../locales/zh-CN';

const OutboxDoc = graphql(`
  query NotificationOutbox($recipient: String, $first: Int) {
    notificationOutbox(recipient: $recipient, first: $first) {
      id
      at
      channel
      recipient
      template
      body
      caseId
    }
  }
`);

const t = OUTBOX;

export default function OutboxPage() {
  const [typed, setTyped] = useState('');
  const [recipient, setRecipient] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(OutboxDoc, { variables: { recipient, first: 100 }, fetchPolicy: 'network-only' });
  const unavailable = error && hasCode(error, 'FORBIDDEN');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="outbox-page">
      <Card size="small" title={t.title}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t.hint}</Typography.Paragraph>
      </Card>
      {unavailable && <Alert type="info" showIcon title={t.unavailable} />}
      {error && !unavailable && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Card size="small"
        title={(
          <Space>
            <span>{t.recipient}</span>
            <Input.Search allowClear placeholder={t.recipientPlaceholder} enterButton={t.search} style={{ width: 320 }} value={typed} maxLength={20}
              onChange={(e) => setTyped(e.target.value)} onSearch={(v) => setRecipient(v.trim() || null)} data-testid="outbox-recipient" />
          </Space>
        )}
        extra={<Button onClick={() => void refetch()} data-testid="outbox-refresh">{t.refresh}</Button>}>
        <Table size="small" rowKey="id" loading={loading} pagination={{ pageSize: 20, hideOnSinglePage: true }} dataSource={[...(data?.notificationOutbox ?? [])]}
          locale={{ emptyText: t.empty }} data-testid="outbox-table"
          columns={[
            { title: t.columns.at, dataIndex: 'at', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
            { title: t.columns.template, dataIndex: 'template', width: 100, render: (v: string) => <Tag>{t.template[v] ?? v}</Tag> },
            { title: t.columns.recipient, dataIndex: 'recipient', width: 130 },
            { title: t.columns.body, dataIndex: 'body', render: (v: string) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{v}</Typography.Text> },
            { title: t.columns.case, dataIndex: 'caseId', width: 100, render: (v: string | null) => (v ? <Link to={`/cases/${v}`}>{t.toCase}</Link> : '—') },
          ]} />
      </Card>
    </Space>
  );
}
