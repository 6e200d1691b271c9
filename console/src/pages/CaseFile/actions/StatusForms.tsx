/**
 * The case-file actions that need at most a reason or a choice: accept (with complexity), reject /
 * transfer, start mediation, escalate, refer, close, reopen, withdraw. Each sends the version the page
 * shows as `expectedVersion` and answers with the whole case file (CaseFileFields).
 */
import { Alert, Form, Radio, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Complexity, ReferralRoute, RegionLevel } from '../../../gql/graphql';
import { COMPLEXITY, REFERRAL_ROUTE, REGION_LEVEL, options } from '../../../locales/zh-CN/enums';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';

const AcceptDoc = graphql(`
  mutation CaseFileAccept($id: ID!, $complexity: Complexity!, $expectedVersion: Int) {
    acceptCase(id: $id, complexity: $complexity, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);
const RejectDoc = graphql(`
  mutation CaseFileReject($id: ID!, $reason: String!, $routeToLevel: RegionLevel, $expectedVersion: Int) {
    rejectCase(id: $id, reason: $reason, routeToLevel: $routeToLevel, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);
const StartDoc = graphql(`
  mutation CaseFileStartMediation($id: ID!, $expectedVersion: Int) {
    startMediation(id: $id, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);
const EscalateDoc = graphql(`
  mutation CaseFileEscalate($id: ID!, $reason: String!, $expectedVersion: Int) {
    escalateCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);
const ReferDoc = graphql(`
  mutation CaseFileRefer($id: ID!, $route: ReferralRoute!, $note: String, $expectedVersion: Int) {
    referCase(id: $id, route: $route, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);
const CloseDoc = graphql(`
  mutation CaseFileClose($id: ID!, $note: String, $expectedVersion: Int) {
    closeCase(id: $id, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);
const ReopenDoc = graphql(`
  mutation CaseFileReopen($id: ID!, $reason: String!, $expectedVersion: Int) {
    reopenCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);
const WithdrawDoc = graphql(`
  mutation CaseFileWithdraw($id: ID!, $reason: String, $expectedVersion: Int) {
    withdrawCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);

export interface FormProps {
  open: boolean;
  onClose(): void;
}

const f = CASE_FILE.forms;
const a = CASE_FILE.actions;
/** An empty optional text is "not given", not an empty string the server would have to trim. */
const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

function Reason({ required = true, label = f.reason, autoFocus = true }: { required?: boolean; label?: string; autoFocus?: boolean }) {
  return (
    <Form.Item name="reason" label={label} rules={required ? [{ required: true, whitespace: true, message: f.reasonRequired }] : []}>
      <TextBox maxLength={500} showCount placeholder={f.reasonPlaceholder} autoFocus={autoFocus} data-testid="field-reason" />
    </Form.Item>
  );
}

export function AcceptForm({ open, onClose, current }: FormProps & { current: Complexity | null }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ complexity: Complexity }>();
  const [run] = useMutation(AcceptDoc);
  return (
    // 一人一案: a high-risk case without its leader or plan is refused naming `leader` / `riskPlan`, which are not fields of this
    // form; the refusal is shown under the one field it has, so the window sees why at once.
    <ActionModal open={open} onClose={onClose} title={a.accept} testId="modal-accept" form={form} initialValues={current ? { complexity: current } : {}}
      rename={{ leader: 'complexity', riskPlan: 'complexity' }}
      submit={(v) => run({ variables: { id: page.caseId, complexity: v.complexity, expectedVersion: page.version } })}>
      <Form.Item name="complexity" label={f.complexity} rules={[{ required: true, message: f.complexityRequired }]} extra={f.acceptHint}>
        <Radio.Group options={options(COMPLEXITY)} optionType="button" buttonStyle="solid" data-testid="field-complexity" />
      </Form.Item>
    </ActionModal>
  );
}

export function RejectForm({ open, onClose, canTransfer, canReject }: FormProps & { canTransfer: boolean; canReject: boolean }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ reason: string; routeToLevel?: RegionLevel | 'NONE' }>();
  const [run] = useMutation(RejectDoc);
  const levels = (['VILLAGE', 'TOWN', 'COUNTY'] as const).map((value) => ({ value, label: REGION_LEVEL[value] }));
  return (
    <ActionModal open={open} onClose={onClose} title={a.reject} testId="modal-reject" form={form} danger
      initialValues={{ routeToLevel: canReject ? 'NONE' : undefined }}
      submit={(v) => run({ variables: { id: page.caseId, reason: v.reason.trim(), routeToLevel: v.routeToLevel === 'NONE' ? null : v.routeToLevel ?? null, expectedVersion: page.version } })}>
      <Reason />
      {canTransfer && (
        <Form.Item name="routeToLevel" label={f.routeToLevel} extra={f.routeToLevelHint} rules={[{ required: !canReject }]}>
          <Select options={[...(canReject ? [{ value: 'NONE', label: f.routeNone }] : []), ...levels]} data-testid="field-route-to-level" />
        </Form.Item>
      )}
    </ActionModal>
  );
}

export function StartMediationForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm();
  const [run] = useMutation(StartDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={a.startMediation} testId="modal-start" form={form}
      submit={() => run({ variables: { id: page.caseId, expectedVersion: page.version } })}>
      <Alert type="info" showIcon title={f.startHint} style={{ marginBottom: 12 }} />
    </ActionModal>
  );
}

export function EscalateForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ reason: string }>();
  const [run] = useMutation(EscalateDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={a.escalate} testId="modal-escalate" form={form}
      submit={(v) => run({ variables: { id: page.caseId, reason: v.reason.trim(), expectedVersion: page.version } })}>
      <Reason />
    </ActionModal>
  );
}

export function ReferForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ route: ReferralRoute; note?: string }>();
  const [run] = useMutation(ReferDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={a.refer} testId="modal-refer" form={form}
      submit={(v) => run({ variables: { id: page.caseId, route: v.route, note: opt(v.note), expectedVersion: page.version } })}>
      <Form.Item name="route" label={f.route} rules={[{ required: true, message: f.routeRequired }]}>
        <Radio.Group options={options(REFERRAL_ROUTE)} optionType="button" buttonStyle="solid" data-testid="field-route" />
      </Form.Item>
      <Form.Item name="note" label={f.note}>
        <TextBox maxLength={500} showCount data-testid="field-note" />
      </Form.Item>
    </ActionModal>
  );
}

export function CloseForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ note?: string }>();
  const [run] = useMutation(CloseDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={a.close} testId="modal-close" form={form}
      submit={(v) => run({ variables: { id: page.caseId, note: opt(v.note), expectedVersion: page.version } })}>
      <Form.Item name="note" label={f.note} extra={f.closeHint}>
        <TextBox maxLength={500} autoFocus data-testid="field-note" />
      </Form.Item>
    </ActionModal>
  );
}

export function ReopenForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ reason: string }>();
  const [run] = useMutation(ReopenDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={a.reopen} testId="modal-reopen" form={form}
      submit={(v) => run({ variables: { id: page.caseId, reason: v.reason.trim(), expectedVersion: page.version } })}>
      <Reason />
    </ActionModal>
  );
}

export function WithdrawForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ reason?: string }>();
  const [run] = useMutation(WithdrawDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={a.withdraw} testId="modal-withdraw" form={form} danger
      submit={(v) => run({ variables: { id: page.caseId, reason: opt(v.reason), expectedVersion: page.version } })}>
      <Alert type="warning" showIcon title={f.withdrawHint} style={{ marginBottom: 12 }} />
      <Reason required={false} />
    </ActionModal>
  );
}
