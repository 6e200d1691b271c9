/**
 * 安排例会: kind, time, place, topic and the agenda — cases picked by a search over the center's open
 * cases (overdue ones tagged), each with an optional note. Server field errors land on the fields.
 */
import { useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { showFieldErrors } from '../../app/form-errors';
import { errorMessage } from '../../app/errors';
import type { CenterMeetingKind } from '../../gql/graphql';
import { MEETINGS } from '../../locales/zh-CN';
import { AgendaCasesDoc, ScheduleMeetingDoc } from './documents';

const t = MEETINGS;

interface Values { kind: CenterMeetingKind; scheduledAt: Dayjs; place: string; topic: string; agenda: string[]; notes?: Record<string, string> }

interface AgendaOption { value: string; label: string; overdue: boolean }

function AgendaSelect(props: { id?: string; value?: string[]; onChange?: (v: string[]) => void }) {
  const [search, setSearch] = useState('');
  const { data, loading, previousData } = useQuery(AgendaCasesDoc, { variables: { search: search || undefined } });
  const nodes = (data ?? previousData)?.cases.edges.map((e) => e.node) ?? [];
  const [known, setKnown] = useState<Record<string, string>>({});
  const label = (n: (typeof nodes)[number]) => `${n.code} ${n.title}`;
  return (
    <Select id={props.id} mode="multiple" showSearch={{ filterOption: false, onSearch: setSearch }} loading={loading} value={props.value} placeholder={t.form.agendaPlaceholder}
      onChange={(ids: string[]) => {
        setKnown((k) => ({ ...k, ...Object.fromEntries(nodes.map((n) => [n.id, label(n)])) }));
        props.onChange?.(ids);
      }}
      options={[
        ...(props.value ?? []).filter((id) => !nodes.some((n) => n.id === id)).map((id): AgendaOption => ({ value: id, label: known[id] ?? id, overdue: false })),
        ...nodes.map((n): AgendaOption => ({ value: n.id, label: label(n), overdue: !!n.deadlineAt && dayjs(n.deadlineAt).isBefore(dayjs()) })),
      ]}
      optionRender={(o) => <Space>{o.label}{(o.data as AgendaOption).overdue && <Tag color="error">{t.form.overdue}</Tag>}</Space>}
      data-testid="field-agenda" />
  );
}

export default function ScheduleForm({ centerId, open, onClose, onDone }: { centerId: string; open: boolean; onClose: () => void; onDone: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const [run, { loading }] = useMutation(ScheduleMeetingDoc);
  const { message } = App.useApp();
  const agenda = Form.useWatch('agenda', form) ?? [];
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const res = await run({ variables: { input: {
        centerId, kind: v.kind, scheduledAt: v.scheduledAt.toISOString(), place: v.place.trim(), topic: v.topic.trim(),
        agenda: v.agenda.map((caseId) => ({ caseId, note: v.notes?.[caseId]?.trim() || null })),
      } } });
      const m = res.data!.scheduleCenterMeeting;
      message.success(t.scheduled(m.title));
      onDone(m.id);
    } catch (err) {
      if (!showFieldErrors(form, err, { prefix: 'input' })) message.error(errorMessage(err));
    }
  };
  return (
    <Modal open={open} title={t.schedule} onCancel={onClose} onOk={() => void submit()} confirmLoading={loading} okText={t.form.submit} width={720}
      destroyOnHidden data-testid="modal-schedule">
      <Form form={form} layout="vertical" initialValues={{ kind: 'WEEKLY', scheduledAt: dayjs().add(1, 'day').hour(9).startOf('hour') }}>
        <Form.Item name="kind" label={t.form.kind} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="field-kind"
            options={[{ value: 'WEEKLY', label: t.kind.WEEKLY }, { value: 'MONTHLY', label: t.kind.MONTHLY }]} />
        </Form.Item>
        <Form.Item name="scheduledAt" label={t.form.scheduledAt} rules={[{ required: true, message: t.form.required(t.form.scheduledAt) }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} data-testid="field-scheduled-at" />
        </Form.Item>
        <Form.Item name="place" label={t.form.place} rules={[{ required: true, whitespace: true, message: t.form.required(t.form.place) }]}>
          <Input maxLength={100} placeholder={t.form.placePlaceholder} data-testid="field-place" />
        </Form.Item>
        <Form.Item name="topic" label={t.form.topic} rules={[{ required: true, whitespace: true, message: t.form.required(t.form.topic) }]}>
          <Input maxLength={200} placeholder={t.form.topicPlaceholder} data-testid="field-topic" />
        </Form.Item>
        <Form.Item name="agenda" label={t.form.agenda} rules={[{ type: 'array', min: 1, required: true, message: t.form.agendaRequired }]}>
          <AgendaSelect />
        </Form.Item>
        {agenda.map((id, i) => (
          <Form.Item key={id} name={['notes', id]} label={`${t.form.note} ${i + 1}`}>
            <Input maxLength={500} placeholder={t.form.notePlaceholder} data-testid={`field-note-${i}`} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
