/**
 * 领导包案: a leader of the jurisdiction takes the case personally (an optional note for the ledger).
 * Only offered to leaders, and only while the case is open and nobody leads it (TAKE_CASE).
 * 指定包案领导: a supervisor (or leader) names the leader, from the leaders of the case's region and
 * those above it that the server lists for the caller (leadersOf).
 */
import { Form, Select, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';

const TakeCaseDoc = graphql(`
  mutation CaseFileTakeCase($id: ID!, $note: String, $expectedVersion: Int) {
    takeCase(id: $id, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }
  }
`);

const f = CASE_FILE.forms;

export function TakeCaseForm({ open, onClose }: { open: boolean; onClose(): void }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ note?: string }>();
  const [run] = useMutation(TakeCaseDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={CASE_FILE.actions.takeCase} testId="modal-takeCase" form={form}
      submit={(v) => run({ variables: { id: page.caseId, note: v.note && v.note.trim() ? v.note.trim() : null, expectedVersion: page.version } })}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{f.takeHint}</Typography.Paragraph>
      <Form.Item name="note" label={f.takeNote}>
        <TextBox maxLength={500} showCount autoFocus data-testid="field-note" />
      </Form.Item>
    </ActionModal>
  );
}

const AssignLeaderDoc = graphql(`
  mutation CaseFileAssignLeader($input: AssignCaseLeaderInput!) {
    assignCaseLeader(input: $input) { id ...CaseFileFields }
  }
`);

const LeadersDoc = graphql(`
  query CaseFileLeaders($regionId: ID!) {
    leadersOf(regionId: $regionId) { id displayName region { id name } }
  }
`);

export function AssignLeaderForm({ open, onClose, regionId, currentLeaderId }: { open: boolean; onClose(): void; regionId: string; currentLeaderId: string | null }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ leaderId: string; note?: string }>();
  const [run] = useMutation(AssignLeaderDoc);
  const { data, loading } = useQuery(LeadersDoc, { variables: { regionId }, fetchPolicy: 'network-only' });
  const options = (data?.leadersOf ?? []).map((u) => ({
    value: u.id,
    label: `${u.displayName}${u.region?.name ? `（${u.region.name}）` : ''}${u.id === currentLeaderId ? f.currentLeader : ''}`,
    disabled: u.id === currentLeaderId,
  }));
  return (
    <ActionModal open={open} onClose={onClose} title={CASE_FILE.actions.assignLeader} testId="modal-assignLeader" form={form}
      submit={(v) => run({ variables: { input: { caseId: page.caseId, leaderId: v.leaderId, note: v.note && v.note.trim() ? v.note.trim() : null, expectedVersion: page.version } } })}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{f.assignLeaderHint}</Typography.Paragraph>
      <Form.Item name="leaderId" label={f.leader} rules={[{ required: true, message: f.leaderRequired }]}>
        <Select loading={loading} options={options} showSearch={{ optionFilterProp: 'label' }} data-testid="field-leader" />
      </Form.Item>
      <Form.Item name="note" label={f.assignLeaderNote}>
        <TextBox maxLength={500} showCount data-testid="field-note" />
      </Form.Item>
    </ActionModal>
  );
}
