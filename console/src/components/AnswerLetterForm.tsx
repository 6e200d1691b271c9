/**
 * 反馈 (answerLetter): the addressee department's staff — or the center's on its behalf — record the
 * 反馈单 that closes a 交办单, 督办函, 工作提示函 or 风险预警函. Used by the print page, the 督办 letter list
 * and the case file; the caller refetches what it shows (`refetchQueries`).
 */
import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { graphql } from '../gql';
import { errorCodes, errorMessage } from '../app/errors';
import { showFieldErrors } from '../app/form-errors';
import { DOCUMENTS } from '../locales/zh-CN';

const AnswerLetterDoc = graphql(`
  mutation AnswerLetter($input: AnswerLetterInput!) {
    answerLetter(input: $input) {
      id
      number
      answers {
        id
        state
        answeredAt
        answer
      }
    }
  }
`);

const t = DOCUMENTS;

export default function AnswerLetterForm(props: {
  letter: { id: string; number: string; kindName: string };
  refetchQueries: string[];
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string }>();
  const [run, { loading }] = useMutation(AnswerLetterDoc, { refetchQueries: props.refetchQueries, awaitRefetchQueries: true });
  const submit = async () => {
    // An invalid form shows its own messages on the field; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const r = await run({ variables: { input: { letterId: props.letter.id, answer: v.answer.trim() } } });
      message.success(t.answerDone(r.data?.answerLetter.number ?? ''));
      props.onClose();
    } catch (err) {
      if (showFieldErrors(form, err, { prefix: 'input' })) return;
      message.error(errorMessage(err));
      // Answered meanwhile (CONFLICT): what is shown is stale; close and let the list refresh.
      if (errorCodes(err).includes('CONFLICT')) props.onClose();
    }
  };
  return (
    <Modal open title={t.answerTitle(props.letter.kindName, props.letter.number)} onCancel={props.onClose} onOk={() => void submit()}
      okText={t.submit} cancelText={t.cancel} confirmLoading={loading} okButtonProps={{ 'data-testid': 'answer-submit' } as React.ComponentProps<typeof Modal>['okButtonProps']}
      data-testid="modal-answer-letter" destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="answer" label={t.answerLabel} rules={[{ required: true, whitespace: true, message: t.answerRequired }]}>
          <Input.TextArea rows={6} maxLength={2000} showCount placeholder={t.answerPlaceholder} data-testid="field-answer" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
