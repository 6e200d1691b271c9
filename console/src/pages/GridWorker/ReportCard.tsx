/**
 * One report of the worker's grid: what and when, who reported it, and what became of it. An open one
 * offers 就地化解 (with a note) and 转为案件 (with a complexity, which sets the case's deadline); a
 * converted one shows its case code and links to the case. The mutations answer with the report, so
 * the card turns into its new state in place (Apollo's cache) — the code appears where it was asked for.
 */
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Complexity } from '../../gql/graphql';
import { errorMessage, hasCode } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { COMPLEXITY, GRID_REPORT_STATUS, options } from '../../locales/zh-CN/enums';
import { GRID_WORKER, REPORT_STATUS_COLOR } from '../../locales/zh-CN/grid';

export const MyReportItem = graphql(`
  fragment MyReportItem on GridReport {
    id
    category
    description
    status
    reportedAt
    reporterName
    reporterPhone
    settleNote
    complexity
    case {
      id
      code
    }
  }
`);

const SettleReport = graphql(`
  mutation SettleReport($id: ID!, $note: String!) {
    settleReportOnSite(id: $id, note: $note) {
      id
      ...MyReportItem
    }
  }
`);

const ConvertReport = graphql(`
  mutation ConvertReport($id: ID!, $complexity: Complexity!) {
    convertReportToCase(id: $id, complexity: $complexity) {
      id
      ...MyReportItem
    }
  }
`);

const T = GRID_WORKER.reports;
/** antd's ButtonProps do not list data-* attributes, though the button renders them. */
const TESTID = (id: string) => ({ 'data-testid': id }) as object;
const REFETCH = { refetchQueries: ['GridWorkerCounts'] };

export default function ReportCard({ report: ref, onStale }: { report: FragmentType<typeof MyReportItem>; onStale: () => void }) {
  const r = getFragmentData(MyReportItem, ref);
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'settle' | 'convert' | null>(null);
  const [form] = Form.useForm<{ note?: string; complexity?: Complexity }>();
  const [settle, settling] = useMutation(SettleReport, REFETCH);
  const [convert, converting] = useMutation(ConvertReport, REFETCH);

  const submit = async (v: { note?: string; complexity?: Complexity }) => {
    try {
      if (dialog === 'settle') {
        await settle({ variables: { id: r.id, note: (v.note ?? '').trim() } });
        message.success(T.settled);
      } else {
        const { data } = await convert({ variables: { id: r.id, complexity: v.complexity as Complexity } });
        const code = data ? getFragmentData(MyReportItem, data.convertReportToCase).case?.code : null;
        if (code) message.success(T.converted(code));
      }
      setDialog(null);
      form.resetFields();
    } catch (err) {
      // Someone else (the center, or this worker on another phone) handled it first: show what it is now.
      if (hasCode(err, 'CONFLICT')) {
        message.warning(GRID_WORKER.conflict);
        setDialog(null);
        onStale();
        return;
      }
      if (!showFieldErrors(form, err)) message.error(errorMessage(err));
    }
  };

  return (
    <Card size="small" style={{ marginBottom: 10 }} data-testid="report-card" data-report-id={r.id} data-status={r.status}>
      <Space size={6} wrap style={{ marginBottom: 6 }}>
        <Tag color={REPORT_STATUS_COLOR[r.status]}>{GRID_REPORT_STATUS[r.status]}</Tag>
        <Typography.Text strong>{r.category}</Typography.Text>
        <Typography.Text type="secondary">{dayjs(r.reportedAt).format('MM-DD HH:mm')}</Typography.Text>
      </Space>
      <Typography.Paragraph style={{ marginBottom: 6, wordBreak: 'break-word' }}>{r.description}</Typography.Paragraph>
      {(r.reporterName || r.reporterPhone) && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
          {T.reporter}：{[r.reporterName, r.reporterPhone].filter(Boolean).join(' ')}
        </Typography.Paragraph>
      )}
      {r.status === 'SETTLED' && r.settleNote && <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{r.settleNote}</Typography.Paragraph>}
      {r.status === 'CONVERTED' && r.case && (
        <Space wrap>
          <span>{T.caseCode}：<Typography.Text strong copyable data-testid="report-case-code">{r.case.code}</Typography.Text></span>
          {r.complexity && <Tag>{COMPLEXITY[r.complexity]}</Tag>}
          <Link to={`/cases/${r.case.id}`} data-testid="report-case-link">{T.openCase}</Link>
        </Space>
      )}
      {r.status === 'REPORTED' && (
        <div style={{ display: 'flex', gap: 8, marginTop: 4 }}>
          <Button size="large" style={{ flex: 1 }} onClick={() => setDialog('settle')} data-testid="report-settle">{T.settle}</Button>
          <Button size="large" type="primary" style={{ flex: 1 }} onClick={() => setDialog('convert')} data-testid="report-convert">{T.convert}</Button>
        </div>
      )}

      <Modal
        open={dialog !== null}
        title={dialog === 'settle' ? T.settleTitle : T.convertTitle}
        okText={T.confirm}
        cancelText={T.cancel}
        okButtonProps={{ size: 'large', loading: settling.loading || converting.loading, ...TESTID('report-dialog-ok') }}
        cancelButtonProps={{ size: 'large' }}
        onOk={() => form.submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
        centered
      >
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} preserve={false}>
          {dialog === 'settle' ? (
            <Form.Item name="note" label={T.settleNote} rules={[{ required: true, whitespace: true, min: 2, message: T.settleNoteRequired }]}>
              <Input.TextArea placeholder={T.settleNotePlaceholder} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} data-testid="report-note" />
            </Form.Item>
          ) : (
            <Form.Item name="complexity" label={T.complexity} rules={[{ required: true, message: T.complexityRequired }]}>
              <Radio.Group style={{ width: '100%' }} data-testid="report-complexity">
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {options(COMPLEXITY).map((o) => (
                    <Radio key={o.value} value={o.value} style={{ padding: '8px 0', fontSize: 16 }}>{o.label}</Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
