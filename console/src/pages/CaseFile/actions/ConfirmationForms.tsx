/**
 * 司法确认 forms: the center sends the agreement to a court (a COURT department, optionally naming the
 * court's system that will answer); the court's people answer — 立案受理, 裁定确认 with the ruling number,
 * or 不予受理/驳回 with the reason. The server decides who may answer a given application.
 */
import { useEffect } from 'react';
import { Form, Input, Radio, Select, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { JudicialConfirmationDecision } from '../../../gql/graphql';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';
import { useDepartments } from './pickers';

const ApplyDoc = graphql(`
  mutation CaseFileApplyConfirmation($input: ApplyJudicialConfirmationInput!) {
    applyJudicialConfirmation(input: $input) { id status }
  }
`);

const DecideDoc = graphql(`
  mutation CaseFileDecideConfirmation($input: DecideJudicialConfirmationInput!) {
    decideJudicialConfirmation(input: $input) { id status }
  }
`);

const t = CASE_FILE.confirmation;
const blankToNull = (v?: string) => (v && v.trim() ? v.trim() : null);

export function ApplyConfirmationForm({ open, onClose }: { open: boolean; onClose(): void }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ courtDepartmentId: string; viaPartner?: string; note?: string }>();
  const [run] = useMutation(ApplyDoc);
  const { departments, loading } = useDepartments();
  const courts = departments.filter((d) => d.kind === 'COURT');
  // A county has one court as a rule: chosen as soon as the list is there.
  const onlyCourt = courts.length === 1 ? courts[0].id : null;
  useEffect(() => {
    if (onlyCourt && !form.getFieldValue('courtDepartmentId')) form.setFieldsValue({ courtDepartmentId: onlyCourt });
  }, [onlyCourt, form]);
  return (
    <ActionModal open={open} onClose={onClose} title={t.apply} testId="modal-applyConfirmation" form={form} prefix="input"
      submit={async (v) => {
        await run({ variables: { input: { caseId: page.caseId, courtDepartmentId: v.courtDepartmentId, viaPartner: blankToNull(v.viaPartner), note: blankToNull(v.note), expectedVersion: page.version } } });
        await page.reload();
      }}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t.applyHint}</Typography.Paragraph>
      <Form.Item name="courtDepartmentId" label={t.court} rules={[{ required: true, message: t.courtRequired }]}>
        <Select loading={loading} options={courts.map((d) => ({ value: d.id, label: d.name }))} data-testid="field-court" />
      </Form.Item>
      <Form.Item name="viaPartner" label={t.viaPartner} extra={t.viaPartnerHint}>
        <Input maxLength={32} data-testid="field-viaPartner" />
      </Form.Item>
      <Form.Item name="note" label={t.note}>
        <TextBox maxLength={500} showCount data-testid="field-note" />
      </Form.Item>
    </ActionModal>
  );
}

export function DecideConfirmationForm({ open, onClose, confirmationId, status }: { open: boolean; onClose(): void; confirmationId: string; status: string }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ decision: JudicialConfirmationDecision; rulingNumber?: string; reason?: string }>();
  const [run] = useMutation(DecideDoc);
  const decision = Form.useWatch('decision', form);
  const choices: JudicialConfirmationDecision[] = status === 'APPLIED' ? ['ACCEPT', 'REFUSE'] : ['CONFIRM', 'REFUSE'];
  return (
    <ActionModal open={open} onClose={onClose} title={t.decide} testId="modal-decideConfirmation" form={form} prefix="input"
      initialValues={{ decision: choices[0] }}
      submit={async (v) => {
        await run({ variables: { input: { confirmationId, decision: v.decision, rulingNumber: blankToNull(v.rulingNumber), reason: blankToNull(v.reason) } } });
        await page.reload();
      }}>
      <Form.Item name="decision" label={t.decision}>
        <Radio.Group optionType="button" options={choices.map((c) => ({ value: c, label: t.decisions[c] }))} data-testid="field-decision" />
      </Form.Item>
      {decision === 'CONFIRM' && (
        <Form.Item name="rulingNumber" label={t.rulingNumber} rules={[{ required: true, message: t.rulingNumberRequired }]}>
          <Input maxLength={60} placeholder="（2026）粤1422民特12号" data-testid="field-rulingNumber" />
        </Form.Item>
      )}
      {decision === 'REFUSE' && (
        <Form.Item name="reason" label={t.reason} rules={[{ required: true, message: t.reasonRequired }]}>
          <TextBox maxLength={500} showCount data-testid="field-reason" />
        </Form.Item>
      )}
    </ActionModal>
  );
}
