/**
 * 我要反映: the form (type, what happened, town → village, name, phone), then the phone's code, then
 * the case code. The idempotency key is one per filled form, so a retry never files twice.
 */
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Result, Select, Typography } from 'antd';
import { errorMessage } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { DISPUTE_TYPE, options } from '../../locales/zh-CN/enums';
import { RESIDENT } from '../../locales/zh-CN/resident';
import type { DisputeType } from '../../gql/graphql';
import { FileMutation, RegionsQuery } from './documents';
import PhoneCode from './PhoneCode';
import { loadSession, type ResidentSession } from './session';

interface Values {
  type: DisputeType;
  description: string;
  townId: string;
  regionId: string;
  name: string;
  phone: string;
}

const key = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`);

export default function FileRequest(props: { onTrack(code: string): void }) {
  const [form] = Form.useForm<Values>();
  const [stage, setStage] = useState<'form' | 'verify' | 'done'>('form');
  const [values, setValues] = useState<Values | null>(null);
  const [filed, setFiled] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [idempotencyKey, setKey] = useState(key);
  // 定位: the phone's position stands in for town and village (the server finds the grid there).
  const [point, setPoint] = useState<{ lat: number; lng: number } | null>(null);
  const [locating, setLocating] = useState(false);
  const locate = () => {
    if (!navigator.geolocation) return setError(RESIDENT.form.locateUnavailable);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => { setPoint({ lat: pos.coords.latitude, lng: pos.coords.longitude }); setLocating(false); },
      () => { setError(RESIDENT.form.locateUnavailable); setLocating(false); },
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };
  const townId = Form.useWatch('townId', form);
  const towns = useQuery(RegionsQuery, { variables: { parentId: null } });
  const villages = useQuery(RegionsQuery, { variables: { parentId: townId ?? null }, skip: !townId });
  const [fileRequest, filing] = useMutation(FileMutation);
  const typeOptions = useMemo(() => options(DISPUTE_TYPE), []);

  const submit = async (v: Values, session: ResidentSession) => {
    setError(null);
    try {
      const res = await fileRequest({ variables: { session: session.token, input: {
        type: v.type, description: v.description, name: v.name, phone: v.phone, idempotencyKey,
        ...(v.regionId || v.townId || !point ? { regionId: v.regionId ?? v.townId } : { lat: point.lat, lng: point.lng }),
      } } });
      setFiled(res.data!.fileResidentRequest.code);
      setStage('done');
    } catch (err) {
      setStage('form');
      if (!showFieldErrors(form, err, { prefix: 'input' })) setError(errorMessage(err));
    }
  };

  const next = async (v: Values) => {
    const phone = v.phone.replace(/\s+/g, '');
    const all = { ...v, phone };
    setValues(all);
    const session = loadSession(phone);
    if (session) await submit(all, session);
    else setStage('verify');
  };

  if (stage === 'done' && filed) {
    return (
      <Result
        status="success"
        title={RESIDENT.done.title}
        subTitle={RESIDENT.done.hint}
        extra={[
          <div key="code" style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{RESIDENT.done.code}</Typography.Text>
            <Typography.Title level={3} copyable data-testid="filed-code" style={{ margin: 0 }}>{filed}</Typography.Title>
          </div>,
          <Button key="track" type="primary" size="large" onClick={() => props.onTrack(filed)}>{RESIDENT.done.track}</Button>,
          <Button key="again" size="large" onClick={() => { form.resetFields(['type', 'description']); setKey(key()); setFiled(null); setStage('form'); }}>{RESIDENT.done.another}</Button>,
        ]}
      />
    );
  }

  if (stage === 'verify' && values) {
    return <PhoneCode phone={values.phone} submitLabel={RESIDENT.verify.submit} busy={filing.loading} onVerified={(s) => submit(values, s)} onBack={() => setStage('form')} />;
  }

  const required = [{ required: true, message: RESIDENT.form.required }];
  return (
    <Form form={form} layout="vertical" onFinish={next} requiredMark={false} data-testid="resident-form" initialValues={values ?? undefined}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form.Item name="type" label={RESIDENT.form.type} rules={required}>
        <Select options={typeOptions} placeholder={RESIDENT.form.typePlaceholder} size="large" aria-label={RESIDENT.form.type} />
      </Form.Item>
      <Form.Item name="description" label={RESIDENT.form.description} rules={[...required, { min: 10, message: RESIDENT.form.descriptionPlaceholder }]}>
        <Input.TextArea rows={4} maxLength={1000} showCount placeholder={RESIDENT.form.descriptionPlaceholder} aria-label={RESIDENT.form.description} />
      </Form.Item>
      <Form.Item name="townId" label={RESIDENT.form.town} rules={point ? [] : required}>
        <Select size="large" aria-label={RESIDENT.form.town} loading={towns.loading} showSearch={{ optionFilterProp: 'label' }}
          options={(towns.data?.residentRegions ?? []).map((r) => ({ value: r.id, label: r.name }))}
          onChange={() => form.setFieldValue('regionId', undefined)} />
      </Form.Item>
      <Form.Item name="regionId" label={RESIDENT.form.village} rules={point ? [] : required}>
        <Select size="large" aria-label={RESIDENT.form.village} disabled={!townId} placeholder={RESIDENT.form.villagePlaceholder} showSearch={{ optionFilterProp: 'label' }}
          loading={villages.loading} options={(villages.data?.residentRegions ?? []).filter((r) => r.level === 'VILLAGE').map((r) => ({ value: r.id, label: r.name }))} />
      </Form.Item>
      <Form.Item>
        <Button onClick={locate} loading={locating} data-testid="resident-locate">{point ? RESIDENT.form.located(point.lat, point.lng) : RESIDENT.form.locate}</Button>
      </Form.Item>
      <Form.Item name="name" label={RESIDENT.form.name} rules={required}>
        <Input size="large" maxLength={30} autoComplete="name" aria-label={RESIDENT.form.name} />
      </Form.Item>
      <Form.Item name="phone" label={RESIDENT.form.phone} rules={[...required, { pattern: /^\s*1[3-9](\s*\d){9}\s*$/, message: '请填写 11 位手机号码' }]}>
        <Input size="large" inputMode="tel" autoComplete="tel" placeholder={RESIDENT.form.phonePlaceholder} aria-label={RESIDENT.form.phone} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={filing.loading} data-testid="resident-next">{RESIDENT.form.next}</Button>
    </Form>
  );
}
