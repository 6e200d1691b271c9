/**
 * 新增窗口 / 修改 one window of the center's hall: its number (fixed once it exists — the number is the
 * window's identity, and the rota refers to it), kind, the department of a fixed window and an optional
 * label. Only departments stationed here may hold a fixed window (the database's foreign key says the
 * same). A rotating window with rota entries cannot change kind: the server's CONFLICT lands on 类别.
 */
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../app/errors';
import type { WindowKind } from '../../gql/graphql';
import { STATIONING } from '../../locales/zh-CN';
import { showConflictFields } from './conflict';
import { SetCenterWindowDoc } from './documents';

const t = STATIONING.windowsCard;
const KINDS: WindowKind[] = ['INTAKE', 'FIXED', 'ROTATING'];

export interface WindowRow {
  number: number;
  kind: WindowKind;
  label: string;
  department?: { id: string; name: string } | null;
}

interface Values { number: number; kind: WindowKind; departmentId?: string; label?: string }

export default function WindowForm(props: {
  centerId: string;
  /** Absent: 新增窗口. */
  row?: WindowRow;
  /** The numbers already set, so that 新增 does not silently overwrite one. */
  taken: readonly number[];
  departments: readonly { id: string; name: string }[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { row } = props;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(SetCenterWindowDoc);
  const kind = Form.useWatch('kind', form) ?? row?.kind;

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const res = await run({ variables: { input: {
        centerId: props.centerId, number: row?.number ?? v.number, kind: v.kind,
        departmentId: v.kind === 'FIXED' ? v.departmentId ?? null : null, label: v.label?.trim() || null,
      } } });
      message.success(t.saved(res.data!.setCenterWindow.number));
      props.onDone();
    } catch (err) {
      if (!showConflictFields(form, err)) message.error(errorMessage(err));
    }
  };

  return (
    <Modal open title={row ? t.editTitle(row.number) : t.create} onCancel={props.onClose} onOk={() => void submit()}
      confirmLoading={loading} okText={t.form.submit} destroyOnHidden data-testid="modal-window">
      <Form form={form} layout="vertical" initialValues={row
        ? { number: row.number, kind: row.kind, departmentId: row.department?.id, label: row.label }
        : { kind: 'FIXED' }}>
        <Form.Item name="number" label={t.form.number} rules={[
          { required: true, message: t.form.numberRequired },
          { validator: async (_, n) => { if (!row && props.taken.includes(n)) throw new Error(t.form.numberTaken); } },
        ]}>
          <InputNumber min={1} max={99} precision={0} disabled={!!row} data-testid="field-window-number" />
        </Form.Item>
        <Form.Item name="kind" label={t.form.kind} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="field-window-kind"
            onChange={() => form.setFieldValue('departmentId', undefined)}
            options={KINDS.map((k) => ({ value: k, label: t.kind[k] }))} />
        </Form.Item>
        {kind === 'FIXED' && (
          <Form.Item name="departmentId" label={t.form.department} extra={t.form.departmentHint}
            rules={[{ required: true, message: t.form.departmentRequired }]}>
            <Select data-testid="field-window-department" showSearch={{ optionFilterProp: 'label' }}
              options={props.departments.map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        )}
        {kind === 'ROTATING' && <Alert type="info" showIcon title={t.form.rotatingHint} style={{ marginBottom: 16 }} />}
        <Form.Item name="label" label={t.form.label}>
          <Input maxLength={40} allowClear placeholder={t.form.labelPlaceholder} data-testid="field-window-label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
