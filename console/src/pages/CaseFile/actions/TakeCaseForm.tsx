/**
 * 领导包案: a leader of the jurisdiction takes the case personally (an optional note for the ledger).
 * Only offered to leaders, and only while the case is open and nobody leads it (TAKE_CASE).
 */
import { Form, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
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
