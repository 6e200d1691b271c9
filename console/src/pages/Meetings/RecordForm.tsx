/**
 * 记录会议: who attended (name, title), the minutes (often typed from the paper record) and the
 * decisions — each about one agenda case or general, with a responsible department and a due date.
 * Field names mirror the server's (`input.attendees.0.name`, `input.decisions.1.dueDate` …).
 */
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { showFieldErrors } from '../../app/form-errors';
import { errorMessage } from '../../app/errors';
import { MEETINGS } from '../../locales/zh-CN';
import { MeetingDepartmentsDoc, RecordMeetingDoc } from './documents';

const t = MEETINGS;

interface Values {
  heldAt: Dayjs;
  attendees: { name: string; title?: string }[];
  minutes: string;
  decisions?: { caseId?: string; text: string; departmentId?: string; dueDate?: Dayjs }[];
}

export default function RecordForm({ meetingId, agenda, open, onClose, onDone }: {
  meetingId: string; agenda: { id: string; label: string }[]; open: boolean; onClose: () => void; onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [run, { loading }] = useMutation(RecordMeetingDoc);
  const { data: depts } = useQuery(MeetingDepartmentsDoc);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await run({ variables: { input: {
        id: meetingId, heldAt: v.heldAt.toISOString(), minutes: v.minutes.trim(),
        attendees: v.attendees.map((a) => ({ name: a.name.trim(), title: a.title?.trim() || null })),
        decisions: (v.decisions ?? []).map((d) => ({
          caseId: d.caseId ?? null, text: d.text.trim(), departmentId: d.departmentId ?? null, dueDate: d.dueDate ? d.dueDate.endOf('day').toISOString() : null,
        })),
      } } });
      message.success(t.recorded);
      onDone();
    } catch (err) {
      if (!showFieldErrors(form, err, { prefix: 'input' })) message.error(errorMessage(err));
    }
  };
  return (
    <Modal open={open} title={t.record} onCancel={onClose} onOk={() => void submit()} confirmLoading={loading} okText={t.form.submit} width={820}
      destroyOnHidden data-testid="modal-record">
      <Form form={form} layout="vertical" initialValues={{ heldAt: dayjs().startOf('minute'), attendees: [{}], decisions: [] }}>
        <Form.Item name="heldAt" label={t.heldAt} rules={[{ required: true, message: t.form.required(t.heldAt) }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} data-testid="field-held-at" />
        </Form.Item>
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <Form.Item label={t.attendees} required>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t.form.required(t.form.attendeeName) }]}>
                    <Input placeholder={t.form.attendeeName} maxLength={50} data-testid={`field-attendee-name-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']}>
                    <Input placeholder={t.form.attendeeTitle} maxLength={50} style={{ width: 220 }} data-testid={`field-attendee-title-${i}`} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="add-attendee">{t.form.addAttendee}</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="minutes" label={t.minutes} rules={[{ required: true, whitespace: true, message: t.form.required(t.minutes) }]}>
          <Input.TextArea maxLength={20000} showCount autoSize={{ minRows: 4, maxRows: 10 }} placeholder={t.form.minutesPlaceholder} data-testid="field-minutes" />
        </Form.Item>
        <Form.List name="decisions">
          {(fields, { add, remove }) => (
            <Form.Item label={t.decisions}>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'caseId']}>
                    <Select allowClear placeholder={t.general} style={{ width: 200 }} options={agenda.map((a) => ({ value: a.id, label: a.label }))} data-testid={`field-decision-case-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'text']} rules={[{ required: true, whitespace: true, message: t.form.required(t.form.decisionText) }]}>
                    <Input placeholder={t.form.decisionText} maxLength={2000} style={{ width: 260 }} data-testid={`field-decision-text-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'departmentId']}>
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t.department} style={{ width: 150 }}
                      options={(depts?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))} data-testid={`field-decision-department-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueDate']}>
                    <DatePicker placeholder={t.dueDate} data-testid={`field-decision-due-${i}`} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="add-decision">{t.form.addDecision}</Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
