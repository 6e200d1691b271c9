/**
 * 调整入驻: a department's mode at the center, its head count, the annual plan of a rotating one and
 * the contact (required for 随驻). A department that still has rota entries cannot stop rotating:
 * the server's CONFLICT lands on the 方式 field.
 */
import { App, Form, InputNumber, Modal, Radio, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../app/errors';
import type { StationingMode } from '../../gql/graphql';
import { STATIONING } from '../../locales/zh-CN';
import { conflictFields } from './conflict';
import { SetStationingDoc } from './documents';

const t = STATIONING;
const MODES: StationingMode[] = ['RESIDENT', 'ROTATING', 'ON_CALL', 'CONTRACTED'];

export interface StationingRow {
  mode: StationingMode;
  staffCount: number;
  months: readonly number[];
  department: { id: string; name: string };
  staff: readonly { id: string; name: string }[];
  contact?: { id: string } | null;
}

interface Values { mode: StationingMode; staffCount: number; months?: number[]; contactStaffId?: string }

export default function StationingForm(props: { centerId: string; row: StationingRow; onClose: () => void; onDone: () => void }) {
  const { row } = props;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(SetStationingDoc);
  const mode = Form.useWatch('mode', form) ?? row.mode;

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await run({ variables: { input: {
        centerId: props.centerId, departmentId: row.department.id, mode: v.mode, staffCount: v.staffCount,
        months: v.mode === 'ROTATING' ? v.months ?? [] : null, contactStaffId: v.contactStaffId ?? null,
      } } });
      message.success(t.saved(row.department.name));
      props.onDone();
    } catch (err) {
      const fields = conflictFields(err);
      if (fields.length) form.setFields(fields.map((x) => ({ name: x.name[0] as keyof Values, errors: x.errors })));
      else message.error(errorMessage(err));
    }
  };

  return (
    <Modal open title={`${t.edit} · ${row.department.name}`} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={loading}
      okText={t.form.submit} destroyOnHidden data-testid="modal-stationing">
      <Form form={form} layout="vertical" initialValues={{
        mode: row.mode, staffCount: row.staffCount, months: row.mode === 'ROTATING' ? [...row.months] : [], contactStaffId: row.contact?.id,
      }}>
        <Form.Item name="mode" label={t.form.mode} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="field-mode" options={MODES.map((m) => ({ value: m, label: t.mode[m] }))} />
        </Form.Item>
        <Form.Item name="staffCount" label={t.form.staffCount} rules={[{ required: true }]}>
          <InputNumber min={0} max={50} precision={0} data-testid="field-staff-count" />
        </Form.Item>
        {mode === 'ROTATING' && (
          <Form.Item name="months" label={t.form.months} rules={[{ type: 'array', min: 1, required: true, message: t.form.monthsRequired }]}>
            <Select mode="multiple" data-testid="field-months" options={Array.from({ length: 12 }, (_, k) => ({ value: k + 1, label: `${k + 1}月` }))} />
          </Form.Item>
        )}
        <Form.Item name="contactStaffId" label={t.form.contact}
          rules={mode === 'ON_CALL' ? [{ required: true, message: t.form.contactRequired }] : []}>
          <Select allowClear data-testid="field-contact" options={row.staff.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
