/**
 * 一人一案: marking the case high-risk (a reason), and its plan (measures, responsible person, review
 * date not before today). Both send the version the page shows.
 */
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';

const MarkDoc = graphql(`
  mutation CaseFileMarkHighRisk($input: MarkHighRiskInput!) {
    markHighRisk(input: $input) { id ...CaseFileFields }
  }
`);
const PlanDoc = graphql(`
  mutation CaseFileRecordRiskPlan($input: RecordRiskPlanInput!) {
    recordRiskPlan(input: $input) { id ...CaseFileFields }
  }
`);

const t = CASE_FILE.risk;
const f = CASE_FILE.forms;

export function MarkHighRiskForm({ open, onClose }: { open: boolean; onClose(): void }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ reason: string }>();
  const [run] = useMutation(MarkDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={CASE_FILE.actions.markHighRisk} testId="modal-markHighRisk" form={form} prefix="input" danger
      submit={(v) => run({ variables: { input: { caseId: page.caseId, reason: v.reason.trim(), expectedVersion: page.version } } })}>
      <Form.Item name="reason" label={t.reason} extra={t.markHint} rules={[{ required: true, whitespace: true, message: f.reasonRequired }]}>
        <TextBox maxLength={500} showCount autoFocus placeholder={t.reasonPlaceholder} data-testid="field-reason" />
      </Form.Item>
    </ActionModal>
  );
}

export function RiskPlanForm({ open, onClose, current }: {
  open: boolean; onClose(): void; current: { measures: string; responsiblePerson: string; reviewDate: string } | null;
}) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ measures: string; responsiblePerson: string; reviewDate: Dayjs }>();
  const [run] = useMutation(PlanDoc);
  const initial = current ? { measures: current.measures, responsiblePerson: current.responsiblePerson, reviewDate: dayjs(current.reviewDate) } : {};
  return (
    <ActionModal open={open} onClose={onClose} title={CASE_FILE.actions.recordRiskPlan} testId="modal-recordRiskPlan" form={form} prefix="input"
      initialValues={initial} width={640}
      submit={(v) => run({ variables: { input: {
        caseId: page.caseId, measures: v.measures.trim(), responsiblePerson: v.responsiblePerson.trim(),
        reviewDate: v.reviewDate.endOf('day').toISOString(), expectedVersion: page.version,
      } } })}>
      <Form.Item name="measures" label={t.measures} rules={[{ required: true, whitespace: true, message: t.measuresRequired }]}>
        <TextBox maxLength={2000} showCount autoFocus placeholder={t.measuresPlaceholder} data-testid="field-measures" />
      </Form.Item>
      <Form.Item name="responsiblePerson" label={t.responsible} rules={[{ required: true, whitespace: true, message: t.responsibleRequired }]}>
        <Input maxLength={50} placeholder={t.responsiblePlaceholder} data-testid="field-responsiblePerson" />
      </Form.Item>
      <Form.Item name="reviewDate" label={t.review} rules={[{ required: true, message: t.reviewRequired }]}>
        <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="field-reviewDate" />
      </Form.Item>
    </ActionModal>
  );
}
