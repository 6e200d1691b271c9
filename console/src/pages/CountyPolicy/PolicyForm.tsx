/**
 * 修改时限与阶梯配置: the whole rule set of the county, prefilled with the version in force, saved as a
 * new version. Field names are the server's (`input.ladder.steps.1.days`, `input.calendar.holidays` …),
 * so its BAD_USER_INPUT lands on the field; the server validates, the form only helps.
 */
import { useState } from 'react';
import { App, Button, Divider, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { errorMessage, hasCode } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import type { CountyPolicyFieldsFragment, UpdateCountyPolicyInput } from '../../gql/graphql';
import { DEPARTMENT_KIND, REGION_LEVEL, options } from '../../locales/zh-CN/enums';
import { POLICY } from '../../locales/zh-CN';
import { CountyPolicyFieldsDoc, UpdateCountyPolicyDoc } from './documents';
import { getFragmentData } from '../../gql';

const t = POLICY;
const COMPLEXITY_LABELS = { SIMPLE: '简单', GENERAL: '一般', COMPLEX: '复杂', DIFFICULT: '疑难' } as const;
const CENTER_LEVELS = (['VILLAGE', 'TOWN', 'COUNTY'] as const).map((l) => ({ value: l, label: `${REGION_LEVEL[l]}综治中心` }));
const LEVELS = (['GRID', 'VILLAGE', 'TOWN', 'COUNTY'] as const).map((l) => ({ value: l, label: REGION_LEVEL[l] }));

type Values = Omit<UpdateCountyPolicyInput, 'countyCode' | 'expectedVersion'>;

function initial(p: CountyPolicyFieldsFragment): Values {
  return {
    ladder: { name: p.ladder.name, steps: p.ladder.steps.map(({ key, name, level, centerLevel, days }) => ({ key, name, level, centerLevel, days })) },
    deadlinePolicy: { days: { ...p.deadlinePolicy.days }, workingDays: p.deadlinePolicy.workingDays, warningShare: p.deadlinePolicy.warningShare },
    calendar: { holidays: [...p.calendar.holidays], extraWorkdays: [...p.calendar.extraWorkdays] },
    consultation: { requiredKinds: [...p.consultation.requiredKinds] },
    reason: '',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateList = { validator: (_: unknown, v: string[] | undefined) => ((v ?? []).every((d) => DATE.test(d)) ? Promise.resolve() : Promise.reject(new Error(t.form.datePattern))) };
/** A rule on every field the server may blame: any change re-validates it, which clears the server's error. */
const WHOLE = { type: 'integer' as const, message: '请输入整数' };
const clean = (dates: readonly string[] | undefined) => [...new Set((dates ?? []).map((d) => d.trim()).filter(Boolean))].sort();

export default function PolicyForm({ policy, open, onClose, onSaved }: {
  policy: CountyPolicyFieldsFragment; open: boolean; onClose(): void; onSaved(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [run] = useMutation(UpdateCountyPolicyDoc);

  async function save(v: Values) {
    setBusy(true);
    try {
      const { data } = await run({ variables: { input: {
        countyCode: policy.countyCode, expectedVersion: policy.version, reason: v.reason.trim(),
        ladder: { name: v.ladder.name.trim(), steps: v.ladder.steps.map((s) => ({ ...s, level: s.level ?? null, days: s.days ?? null })) },
        deadlinePolicy: v.deadlinePolicy,
        calendar: { holidays: clean(v.calendar.holidays), extraWorkdays: clean(v.calendar.extraWorkdays) },
        consultation: v.consultation,
      } } });
      message.success(t.form.saved(getFragmentData(CountyPolicyFieldsDoc, data?.updateCountyPolicy)?.label ?? ''));
      onSaved();
      onClose();
    } catch (err) {
      if (hasCode(err, 'CONFLICT')) {
        message.warning(t.form.conflict);
        onSaved();
        onClose();
      } else if (!showFieldErrors(form, err, { prefix: 'input' })) message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer open={open} onClose={onClose} title={t.form.title} size={760} destroyOnHidden data-testid="policy-form"
      extra={<Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="policy-save">{t.form.save}</Button>}>
      <Form form={form} layout="vertical" initialValues={initial(policy)} onFinish={save} scrollToFirstError>
        <Form.Item name={['ladder', 'name']} label={t.form.ladderName} rules={[{ required: true, whitespace: true, message: t.form.ladderNameRequired }]}>
          <Input maxLength={50} data-testid="field-ladder-name" />
        </Form.Item>
        <Form.Item label={t.form.steps} required>
          <Form.List name={['ladder', 'steps']}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="start" size={6} data-testid={`step-${i}`}>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t.form.nameRequired }]}>
                      <Input placeholder={t.columns.name} style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'key']} rules={[{ required: true, whitespace: true, message: t.form.keyRequired }]}>
                      <Input placeholder={t.columns.key} style={{ width: 150 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'level']} rules={[{ type: 'string' }]}>
                      <Select options={LEVELS} placeholder={t.columns.level} allowClear style={{ width: 88 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'centerLevel']} rules={[{ required: true, message: t.form.centerLevelRequired }]}>
                      <Select options={CENTER_LEVELS} placeholder={t.columns.centerLevel} style={{ width: 124 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'days']} rules={[WHOLE]}>
                      <InputNumber min={0} precision={0} placeholder={t.columns.noLimit} suffix={t.form.daysPlaceholder} style={{ width: 116 }} data-testid={`field-step-days-${i}`} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t.form.removeStep} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ centerLevel: 'COUNTY' }, Math.max(fields.length - 1, 0))}>{t.form.addStep}</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Divider titlePlacement="start">{t.deadlines}</Divider>
        <Space wrap>
          {(Object.keys(COMPLEXITY_LABELS) as (keyof typeof COMPLEXITY_LABELS)[]).map((c) => (
            <Form.Item key={c} name={['deadlinePolicy', 'days', c]} label={COMPLEXITY_LABELS[c]} rules={[{ required: true, message: t.form.daysPlaceholder }, WHOLE]}>
              <InputNumber min={0} precision={0} style={{ width: 110 }} data-testid={`field-days-${c}`} />
            </Form.Item>
          ))}
          <Form.Item name={['deadlinePolicy', 'workingDays']} label={t.countMode}>
            <Radio.Group optionType="button" options={[{ value: true, label: t.working }, { value: false, label: t.calendarDays }]} data-testid="field-working-days" />
          </Form.Item>
          <Form.Item name={['deadlinePolicy', 'warningShare']} label={t.warningShare} rules={[{ type: 'number' }]}>
            <InputNumber min={0} max={1} step={0.05} style={{ width: 110 }} />
          </Form.Item>
        </Space>
        <Divider titlePlacement="start">{t.calendar}</Divider>
        <Form.Item name={['calendar', 'holidays']} label={t.holidays} rules={[dateList]}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ', '\n']} placeholder={t.form.datesPlaceholder} open={false} data-testid="field-holidays" />
        </Form.Item>
        <Form.Item name={['calendar', 'extraWorkdays']} label={t.extraWorkdays} rules={[dateList]}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ', '\n']} placeholder={t.form.datesPlaceholder} open={false} data-testid="field-extra-workdays" />
        </Form.Item>
        <Form.Item name={['consultation', 'requiredKinds']} label={t.consultation}>
          <Select mode="multiple" options={options(DEPARTMENT_KIND)} />
        </Form.Item>
        <Form.Item name="reason" label={t.form.reason} rules={[{ required: true, whitespace: true, message: t.form.reasonRequired }]}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t.form.reasonPlaceholder} data-testid="field-reason" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
