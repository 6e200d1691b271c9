/**
 * 下达巡查任务 to the grid shown in the side panel (issue 13 point 7: "tasks are pushed down to grids").
 * Shown only to the roles whose policy row allows `dispatchPatrolTask` (access key of the same name);
 * the server also checks the grid lies below the caller's own level. The grid's workers receive it
 * at once through their dispatch events.
 */
import { useMutation } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { GRID_PANEL } from '../../locales/zh-CN/grid';

const DispatchPatrolTask = graphql(`
  mutation DispatchPatrolTask($input: DispatchPatrolTaskInput!) {
    dispatchPatrolTask(input: $input) {
      id
      title
      dueAt
      overdue
      status
    }
  }
`);

interface Values {
  title: string;
  dueAt: Dayjs;
  note?: string;
}

const T = GRID_PANEL.dispatch;

/** Tomorrow 18:00: the usual "by end of tomorrow's shift". */
const defaultDue = () => dayjs().add(1, 'day').hour(18).minute(0).second(0).millisecond(0);

export default function DispatchPatrolForm({ gridId, onDispatched }: { gridId: string; onDispatched: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [dispatch, { loading }] = useMutation(DispatchPatrolTask);

  const submit = async (v: Values) => {
    try {
      await dispatch({ variables: { input: { gridId, title: v.title.trim(), dueAt: v.dueAt.toISOString(), note: v.note?.trim() || null } } });
      message.success(T.done(v.title.trim()));
      form.resetFields();
      onDispatched();
    } catch (err) {
      if (!showFieldErrors(form, err, { prefix: 'input' })) message.error(errorMessage(err));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ dueAt: defaultDue() }} data-testid="dispatch-patrol-form" requiredMark={false}>
      <Form.Item name="title" label={T.taskTitle} rules={[{ required: true, whitespace: true, message: T.titleRequired }]}>
        <Input placeholder={T.taskTitlePlaceholder} maxLength={100} data-testid="patrol-title" />
      </Form.Item>
      <Form.Item
        name="dueAt"
        label={T.dueAt}
        rules={[
          { required: true, message: T.dueRequired },
          { validator: (_, v?: Dayjs) => (!v || v.isAfter(dayjs()) ? Promise.resolve() : Promise.reject(new Error(T.dueFuture))) },
        ]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="patrol-due" />
      </Form.Item>
      <Form.Item name="note" label={T.note}>
        <Input.TextArea placeholder={T.notePlaceholder} autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} block data-testid="patrol-submit">
        {T.submit}
      </Button>
    </Form>
  );
}
