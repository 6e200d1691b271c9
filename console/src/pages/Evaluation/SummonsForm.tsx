/** 记录约谈: when, by whom, the outcome. Field names mirror the server's (`input.heldAt` …), whose errors land on them. */
import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DocumentNode } from 'graphql';
import { graphql } from '../../gql';
import type { SubjectKind } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { EVALUATION } from '../../locales/zh-CN';

const t = EVALUATION;

const RecordSummonsDoc = graphql(`
  mutation RecordSummons($input: RecordSummonsInput!) {
    recordSummons(input: $input) { id heldAt heldBy outcome unsatisfiedCount }
  }
`);

interface Values {
  heldAt: Dayjs;
  heldBy: string;
  outcome: string;
}

export default function SummonsForm(props: {
  regionId: string; subjectKind: SubjectKind; subjectId: string; name: string; onClose: () => void;
  refetch: { query: DocumentNode; variables: Record<string, unknown> }[];
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(RecordSummonsDoc, { refetchQueries: props.refetch, awaitRefetchQueries: true });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await run({ variables: { input: {
        regionId: props.regionId, subjectKind: props.subjectKind, subjectId: props.subjectId,
        heldAt: v.heldAt.toISOString(), heldBy: v.heldBy.trim(), outcome: v.outcome.trim(),
      } } });
      message.success(t.summonOk);
      props.onClose();
    } catch (err) {
      if (!showFieldErrors(form, err, { prefix: 'input' })) message.error(errorMessage(err));
    }
  };
  return (
    <Modal open title={t.summonTitle(props.name)} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={loading} okText={t.summon}
      destroyOnHidden data-testid="modal-summons">
      <Form form={form} layout="vertical" initialValues={{ heldAt: dayjs() }}>
        <Form.Item name="heldAt" label={t.summonFields.heldAt} rules={[{ required: true, message: t.required.heldAt }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="field-held-at" />
        </Form.Item>
        <Form.Item name="heldBy" label={t.summonFields.heldBy} rules={[{ required: true, whitespace: true, message: t.required.heldBy }]}>
          <Input maxLength={50} placeholder={t.summonPlaceholders.heldBy} data-testid="field-held-by" />
        </Form.Item>
        <Form.Item name="outcome" label={t.summonFields.outcome} rules={[{ required: true, whitespace: true, message: t.required.outcome }]}>
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t.summonPlaceholders.outcome} data-testid="field-outcome" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
