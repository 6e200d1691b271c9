/**
 * 安排轮驻: one rotating window of the chosen month — the department (the center's rotating ones) and
 * its staff. The database decides conflicts; a CONFLICT or input error lands on the field it names.
 */
import { App, Form, Modal, Select } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage } from '../../app/errors';
import { showConflictFields } from './conflict';
import { STATIONING } from '../../locales/zh-CN';
import { PlanRotaDoc, RotatingDepartmentsDoc } from './documents';

const t = STATIONING;

interface Values { windowNumber: number; departmentId: string; staffIds: string[] }

export default function PlanForm(props: { centerId: string; year: number; month: number; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { data } = useQuery(RotatingDepartmentsDoc, { variables: { centerId: props.centerId } });
  const [run, { loading }] = useMutation(PlanRotaDoc);
  const departmentId = Form.useWatch('departmentId', form);
  const rotating = (data?.center?.allStationings ?? []).filter((s) => s.mode === 'ROTATING');
  const windows = (data?.center?.windows ?? []).filter((w) => w.kind === 'ROTATING');
  const staff = rotating.find((s) => s.department.id === departmentId)?.staff ?? [];

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const res = await run({ variables: { input: { centerId: props.centerId, year: props.year, month: props.month, ...v } } });
      const a = res.data!.planRota;
      message.success(t.planned(a.department.name, a.windowNumber));
      props.onDone();
    } catch (err) {
      if (!showConflictFields(form, err)) message.error(errorMessage(err));
    }
  };

  return (
    <Modal open title={`${t.plan}（${props.year} 年 ${props.month} 月）`} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={loading}
      okText={t.form.submit} destroyOnHidden data-testid="modal-plan-rota">
      <Form form={form} layout="vertical">
        <Form.Item name="windowNumber" label={t.form.window} rules={[{ required: true, message: t.form.windowRequired }]}>
          <Select data-testid="field-window" showSearch={{ optionFilterProp: 'label' }} options={windows.map((w) => ({ value: w.number, label: `${w.number} 号 · ${w.label}` }))} />
        </Form.Item>
        <Form.Item name="departmentId" label={t.form.department} rules={[{ required: true, message: t.form.departmentRequired }]}>
          <Select data-testid="field-department" showSearch={{ optionFilterProp: 'label' }} onChange={() => form.setFieldValue('staffIds', [])}
            options={rotating.map((s) => ({ value: s.department.id, label: s.department.name }))} />
        </Form.Item>
        <Form.Item name="staffIds" label={t.form.staff} rules={[{ type: 'array', min: 1, required: true, message: t.form.staffRequired }]}>
          <Select mode="multiple" data-testid="field-staff" showSearch={{ optionFilterProp: 'label' }} placeholder={t.form.staffPlaceholder}
            options={staff.map((s) => ({ value: s.id, label: `${s.name}（${s.title}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
