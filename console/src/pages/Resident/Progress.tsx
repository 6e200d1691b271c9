/**
 * 查询进度: the phone verified once per tab (session), then a case code → status, who handles it
 * (names as the server masks them) and the steps. The server answers null for a code that is not
 * this phone's, whatever the reason.
 */
import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import { errorMessage } from '../../app/errors';
import dayjs from 'dayjs';
import { DISPUTE_TYPE, SATISFACTION } from '../../locales/zh-CN/enums';
import { RESIDENT } from '../../locales/zh-CN/resident';
import { ProgressQuery } from './documents';
import PhoneCode from './PhoneCode';
import { loadSession, saveSession, type ResidentSession } from './session';

const formatDateTime = (at: unknown) => dayjs(String(at)).format('YYYY-MM-DD HH:mm');

export default function Progress(props: { initialCode?: string }) {
  const [session, setSession] = useState<ResidentSession | null>(() => loadSession());
  const [phone, setPhone] = useState<string | null>(null);
  const [lookup, result] = useLazyQuery(ProgressQuery, { fetchPolicy: 'network-only' });
  const [form] = Form.useForm<{ code: string }>();

  if (!session) {
    if (phone) return <PhoneCode phone={phone} submitLabel={RESIDENT.verify.verifyOnly} onVerified={(s) => setSession(s)} onBack={() => setPhone(null)} />;
    return (
      <Form layout="vertical" requiredMark={false} onFinish={(v: { phone: string }) => setPhone(v.phone.replace(/\s+/g, ''))}>
        <Typography.Paragraph>{RESIDENT.progress.needVerify}</Typography.Paragraph>
        <Form.Item name="phone" label={RESIDENT.form.phone} rules={[{ required: true, pattern: /^\s*1[3-9](\s*\d){9}\s*$/, message: '请填写 11 位手机号码' }]}>
          <Input size="large" inputMode="tel" aria-label={RESIDENT.form.phone} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block>{RESIDENT.verify.title}</Button>
      </Form>
    );
  }

  const search = ({ code }: { code: string }) => void lookup({ variables: { session: session.token, phone: session.phone, code: code.trim() } });
  const p = result.data?.residentCaseProgress;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Form form={form} layout="vertical" requiredMark={false} onFinish={search} initialValues={{ code: props.initialCode }}>
        <Form.Item name="code" label={RESIDENT.progress.code} rules={[{ required: true, message: RESIDENT.form.required }]}>
          <Input size="large" placeholder={RESIDENT.progress.codePlaceholder} aria-label={RESIDENT.progress.code} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" size="large" loading={result.loading} data-testid="progress-search">{RESIDENT.progress.search}</Button>
          <Button type="link" onClick={() => { saveSession(null); setSession(null); }}>{RESIDENT.progress.switchPhone}</Button>
        </Space>
      </Form>
      {result.error && <Alert type="error" showIcon title={errorMessage(result.error)} />}
      {result.called && !result.loading && !result.error && !p && <Alert type="warning" showIcon title={RESIDENT.progress.notFound} />}
      {p && (
        <Card size="small" title={<span data-testid="progress-code">{p.code}</span>} extra={<Tag color={p.status === 'RESOLVED' || p.status === 'CLOSED' ? 'green' : 'blue'} data-testid="progress-status">{p.statusLabel}</Tag>}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={RESIDENT.form.type}>{DISPUTE_TYPE[p.type]}（{RESIDENT.progress.parties(p.partyCount)}）</Descriptions.Item>
            <Descriptions.Item label={RESIDENT.progress.received}>{formatDateTime(p.receivedAt)}</Descriptions.Item>
            {p.deadlineAt && <Descriptions.Item label={RESIDENT.progress.deadline}>{formatDateTime(p.deadlineAt)}</Descriptions.Item>}
            {p.centerName && <Descriptions.Item label={RESIDENT.progress.center}>{p.centerName}</Descriptions.Item>}
            {p.departmentName && <Descriptions.Item label={RESIDENT.progress.department}>{p.departmentName}</Descriptions.Item>}
            {p.mediatorName && <Descriptions.Item label={RESIDENT.progress.mediator}>{p.mediatorName}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5}>{RESIDENT.progress.steps}</Typography.Title>
          <Timeline data-testid="progress-steps" items={p.steps.map((s) => ({ content: <span>{s.label}<br /><Typography.Text type="secondary">{formatDateTime(s.at)}</Typography.Text></span> }))} />
          {p.canRate && <Alert type="info" showIcon title={RESIDENT.progress.canRate} />}
          {p.rating && <Alert type="success" showIcon title={RESIDENT.progress.rated(SATISFACTION[p.rating])} data-testid="progress-rated" />}
        </Card>
      )}
    </Space>
  );
}
