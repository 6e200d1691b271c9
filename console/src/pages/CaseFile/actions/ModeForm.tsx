/**
 * 调整化解方式: the center moves an open case along the resolution path (即时调解 → 专业调解 → 联合调解)
 * with a reason for the ledger. The outside routes (仲裁、诉讼、行政复议) are the referral's form, so
 * they are not offered here; the mode the case is in now is shown but cannot be chosen.
 */
import { Form, Radio, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ResolutionMode } from '../../../gql/graphql';
import { RESOLUTION_MODE } from '../../../locales/zh-CN/enums';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';

const ChangeModeDoc = graphql(`
  mutation CaseFileChangeResolutionMode($input: ChangeResolutionModeInput!) {
    changeResolutionMode(input: $input) { id ...CaseFileFields }
  }
`);

const MEDIATION_MODES: ResolutionMode[] = ['INSTANT', 'PROFESSIONAL', 'JOINT'];
const f = CASE_FILE.forms;

export function ModeForm({ open, onClose, current }: { open: boolean; onClose(): void; current: ResolutionMode }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ mode: ResolutionMode; reason: string }>();
  const [run] = useMutation(ChangeModeDoc);
  const choices = MEDIATION_MODES.map((m) => ({ value: m, label: RESOLUTION_MODE[m], disabled: m === current }));
  return (
    <ActionModal open={open} onClose={onClose} title={CASE_FILE.actions.changeMode} testId="modal-changeMode" form={form} prefix="input"
      submit={(v) => run({ variables: { input: { caseId: page.caseId, mode: v.mode, reason: v.reason.trim(), expectedVersion: page.version } } })}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{f.modeHint}</Typography.Paragraph>
      <Form.Item name="mode" label={f.mode} rules={[{ required: true, message: f.modeRequired }]}>
        <Radio.Group options={choices} optionType="button" buttonStyle="solid" data-testid="field-mode" />
      </Form.Item>
      <Form.Item name="reason" label={f.reason} rules={[{ required: true, whitespace: true, message: f.reasonRequired }]}>
        <TextBox maxLength={500} showCount placeholder={f.reasonPlaceholder} data-testid="field-reason" />
      </Form.Item>
    </ActionModal>
  );
}
