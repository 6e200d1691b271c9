/**
 * Actions owned by the supervision subgraph: 回访 (follow-up, after resolution or closure) and 发函
 * (a 督办函 or 工作提示函 to the lead department). They answer with the follow-up / letter, not the
 * case, so the page's query is read again once they are done.
 */
import { App, Form, Radio } from 'antd';
import { errorMessage } from '../../../app/errors';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { LetterKind, Satisfaction } from '../../../gql/graphql';
import { LETTER_KIND, SATISFACTION, options } from '../../../locales/zh-CN/enums';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';
import type { FormProps } from './StatusForms';

const FollowUpDoc = graphql(`
  mutation CaseFileFollowUp($caseId: ID!, $rating: Satisfaction!, $comment: String) {
    recordFollowUp(caseId: $caseId, rating: $rating, comment: $comment) {
      rating
      comment
      at
    }
  }
`);
const LetterDoc = graphql(`
  mutation CaseFileIssueLetter($caseId: ID!, $kind: LetterKind!, $note: String) {
    issueSupervisionLetter(caseId: $caseId, kind: $kind, note: $note) {
      id
      number
    }
  }
`);

const f = CASE_FILE.forms;
const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

export function FollowUpForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ rating: Satisfaction; comment?: string }>();
  const rating = Form.useWatch('rating', form);
  const [run] = useMutation(FollowUpDoc, { refetchQueries: ['CaseFile'], awaitRefetchQueries: true });
  return (
    <ActionModal open={open} onClose={onClose} title={CASE_FILE.actions.recordFollowUp} testId="modal-follow-up" form={form}
      // CONFLICT here is supervision's word: this round was visited already, or the case is no longer settled.
      onConflict={(err) => { message.warning(errorMessage(err)); void page.reload(); }}
      submit={(v) => run({ variables: { caseId: page.caseId, rating: v.rating, comment: opt(v.comment) } })}>
      <Form.Item name="rating" label={f.rating} rules={[{ required: true, message: f.ratingRequired }]}>
        <Radio.Group options={options(SATISFACTION)} optionType="button" buttonStyle="solid" data-testid="field-rating" />
      </Form.Item>
      <Form.Item name="comment" label={f.comment} dependencies={['rating']}
        rules={[{ required: rating === 'UNSATISFIED', whitespace: true, message: f.commentRequiredUnsatisfied }]}>
        <TextBox maxLength={500} showCount data-testid="field-comment" />
      </Form.Item>
    </ActionModal>
  );
}

/** The kinds a person issues; 交办单, 反馈单 and 风险预警函 are issued by the platform itself. */
const MANUAL_KINDS: LetterKind[] = ['SUPERVISION', 'REMINDER'];

export function IssueLetterForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ kind: LetterKind; note?: string }>();
  const [run] = useMutation(LetterDoc, { refetchQueries: ['CaseFile'], awaitRefetchQueries: true });
  const s = CASE_FILE.supervision;
  return (
    <ActionModal open={open} onClose={onClose} title={s.issueTitle} testId="modal-letter" form={form} initialValues={{ kind: 'SUPERVISION' }}
      submit={(v) => run({ variables: { caseId: page.caseId, kind: v.kind, note: opt(v.note) } })}>
      <Form.Item name="kind" label={s.kind} rules={[{ required: true }]}>
        <Radio.Group options={options(LETTER_KIND).filter((o) => MANUAL_KINDS.includes(o.value))} optionType="button" buttonStyle="solid" data-testid="field-kind" />
      </Form.Item>
      <Form.Item name="note" label={s.note}>
        <TextBox maxLength={500} showCount autoFocus placeholder={s.notePlaceholder} data-testid="field-note" />
      </Form.Item>
    </ActionModal>
  );
}
