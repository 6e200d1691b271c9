/**
 * 调整入驻 / 新增入驻: a department's mode at the center, its head count, the annual plan of a rotating
 * one and the contact (required for 随驻). Without a `row` the form adds one: it asks for the department
 * too, among those not yet stationed here (the server would simply overwrite an existing stationing, so
 * offering those would turn 新增 into a silent edit). A department that still has rota entries cannot
 * stop rotating: the server's CONFLICT lands on the 方式 field.
 */
import { App, Form, InputNumber, Modal, Radio, Select } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage } from '../../app/errors';
import type { StationingMode } from '../../gql/graphql';
import { STATIONING } from '../../locales/zh-CN';
import { showConflictFields } from './conflict';
import { NewStationingChoicesDoc, SetStationingDoc } from './documents';

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

interface Values { departmentId?: string; mode: StationingMode; staffCount: number; months?: number[]; contactStaffId?: string }

/** `row` absent: 新增入驻. */
export default function StationingForm(props: { centerId: string; row?: StationingRow; onClose: () => void; onDone: () => void }) {
  const { row } = props;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(SetStationingDoc);
  const choices = useQuery(NewStationingChoicesDoc, { variables: { centerId: props.centerId }, skip: !!row, fetchPolicy: 'network-only' });
  const mode = Form.useWatch('mode', form) ?? row?.mode;

  const stationed = new Set((choices.data?.center?.allStationings ?? []).map((s) => s.department.id));
  const departments = (choices.data?.departments ?? []).filter((d) => !stationed.has(d.id));
  // A new department has nobody at the center yet: its contact is one of the center's own staff.
  const contacts = row
    ? row.staff.map((s) => ({ value: s.id, label: s.name }))
    : (choices.data?.center?.staff ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.department?.name ?? s.title}）` }));

  const submit = async () => {
    const v = await form.validateFields();
    const departmentId = row?.department.id ?? v.departmentId!;
    try {
      await run({ variables: { input: {
        centerId: props.centerId, departmentId, mode: v.mode, staffCount: v.staffCount,
        months: v.mode === 'ROTATING' ? v.months ?? [] : null, contactStaffId: v.contactStaffId ?? null,
      } } });
      message.success(t.saved(row?.department.name ?? departments.find((d) => d.id === departmentId)?.name ?? ''));
      props.onDone();
    } catch (err) {
      if (!showConflictFields(form, err)) message.error(errorMessage(err));
    }
  };

  return (
    <Modal open title={row ? `${t.edit} · ${row.department.name}` : t.create} onCancel={props.onClose} onOk={() => void submit()}
      confirmLoading={loading} okText={t.form.submit} destroyOnHidden data-testid="modal-stationing">
      <Form form={form} layout="vertical" initialValues={row ? {
        mode: row.mode, staffCount: row.staffCount, months: row.mode === 'ROTATING' ? [...row.months] : [], contactStaffId: row.contact?.id,
      } : { mode: 'RESIDENT', staffCount: 1, months: [] }}>
        {!row && (
          <Form.Item name="departmentId" label={t.form.stationDepartment} rules={[{ required: true, message: t.form.stationDepartmentRequired }]}>
            <Select data-testid="field-station-department" showSearch={{ optionFilterProp: 'label' }} loading={choices.loading}
              notFoundContent={choices.loading ? undefined : t.form.stationDepartmentEmpty}
              options={departments.map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        )}
        <Form.Item name="mode" label={t.form.mode} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="field-mode" options={MODES.map((m) => ({ value: m, label: t.mode[m] }))} />
        </Form.Item>
        <Form.Item name="staffCount" label={t.form.staffCount} rules={[{ required: true }]}>
          <InputNumber min={0} max={50} precision={0} data-testid="field-staff-count" />
        </Form.Item>
        {mode === 'ROTATING' && (
          <Form.Item name="months" label={t.form.months} rules={[{ type: 'array', min: 1, required: true, message: t.form.monthsRequired }]}>
            <Select mode="multiple" data-testid="field-months" showSearch={{ optionFilterProp: 'label' }}
              options={Array.from({ length: 12 }, (_, k) => ({ value: k + 1, label: `${k + 1}月` }))} />
          </Form.Item>
        )}
        <Form.Item name="contactStaffId" label={t.form.contact}
          rules={mode === 'ON_CALL' ? [{ required: true, message: t.form.contactRequired }] : []}>
          <Select allowClear data-testid="field-contact" showSearch={{ optionFilterProp: 'label' }} options={contacts} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
