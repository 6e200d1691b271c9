/**
 * The intake form (`intakeCase`). Window operators type all day, so it works from the keyboard:
 * the first field has the focus, Tab follows the reading order, Enter saves (Ctrl+Enter inside the
 * description), Esc closes the duplicates dialog. One idempotency key per filled form: a double
 * click, or a retry after a lost answer, returns the same case instead of registering a second one.
 * Before saving, the graph is asked once more for possible duplicates; if there are any the operator
 * sees them and decides (saving stays possible).
 */
import { useMemo, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Col, Form, Input, Modal, Row, Select, Space, Typography, type ButtonProps } from 'antd';
import { graphql, type FragmentType } from '../../gql';
import { errorMessage, hasCode } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { useAccess, useSession } from '../../app/session-hooks';
import RegionCascader from '../../components/RegionCascader';
import { INTAKE } from '../../locales/zh-CN';
import { CHANNEL, COMPLEXITY, DISPUTE_TYPE, options } from '../../locales/zh-CN/enums';
import { isValidAmount } from '../../utils/party-numbers';
import { DuplicateList, DuplicatesPanel, IntakeDuplicatesQuery, type DuplicateCandidateFragment } from './Duplicates';
import PartiesList from './PartiesList';
import { initialValues, newIdempotencyKey, toDuplicateInput, toIntakeInput, type IntakeValues } from './form-values';

const IntakeCaseMutation = graphql(`
  mutation IntakeCase($input: IntakeCaseInput!) {
    intakeCase(input: $input) {
      id
      code
      possibleDuplicates {
        daysApart
      }
    }
  }
`);

export interface SavedCase {
  id: string;
  code: string;
  flaggedDuplicates: number;
}

const F = INTAKE.fields;
const R = INTAKE.rules;
const T = INTAKE.duplicates;
const select = { showSearch: { optionFilterProp: 'label' } } as const;

type Candidates = readonly FragmentType<typeof DuplicateCandidateFragment>[];

/**
 * The side panel, fed by the form's values. Watching them here (not in IntakeForm) keeps a keystroke
 * from re-rendering the whole form: with ten party rows that is what makes typing lag.
 */
function WatchedDuplicates({ form, idempotencyKey }: { form: FormInstance<IntakeValues>; idempotencyKey: string }) {
  const regionId = Form.useWatch('regionId', form);
  const type = Form.useWatch('type', form);
  const parties = Form.useWatch('parties', form);
  const input = useMemo(() => toDuplicateInput({ regionId, type, parties }, idempotencyKey), [regionId, type, parties, idempotencyKey]);
  return <DuplicatesPanel input={input} />;
}

export default function IntakeForm({ onSaved }: { onSaved: (saved: SavedCase) => void }) {
  const [form] = Form.useForm<IntakeValues>();
  const client = useApolloClient();
  const root = useSession()?.user.region;
  const mayCheck = useAccess().intakeDuplicates;
  const [key, setKey] = useState(newIdempotencyKey);
  const [intake, { loading: saving }] = useMutation(IntakeCaseMutation);
  const [checking, setChecking] = useState(false);
  const [confirm, setConfirm] = useState<{ items: Candidates; values: IntakeValues } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);


  const save = async (values: IntakeValues) => {
    setConfirm(null);
    setFailure(null);
    try {
      const { data } = await intake({ variables: { input: toIntakeInput(values, key) } });
      if (data) onSaved({ id: data.intakeCase.id, code: data.intakeCase.code, flaggedDuplicates: data.intakeCase.possibleDuplicates.length });
    } catch (err) {
      // The field the server names turns red; nothing was saved, and the same key is kept for the retry.
      if (showFieldErrors(form, err, { prefix: 'input' })) setFailure(`${INTAKE.saveFailed}：${R.serverFields}`);
      else setFailure(hasCode(err, 'CONFLICT') ? INTAKE.conflict : `${INTAKE.saveFailed}：${errorMessage(err)}`);
    }
  };

  // A second click lands before React re-renders with `loading`; the ref stops it here. (Were it to
  // get through, the idempotency key would still make the server answer with the same case.)
  const busy = useRef(false);
  const onFinish = async (values: IntakeValues) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const input = mayCheck ? toDuplicateInput(values, key) : null;
      if (input) {
        setChecking(true);
        try {
          const { data } = await client.query({ query: IntakeDuplicatesQuery, variables: { input }, fetchPolicy: 'network-only' });
          if (data?.intakeDuplicates.length) return setConfirm({ items: data.intakeDuplicates, values });
        } catch {
          // The check must never stop an intake: the case is saved, and the graph flags duplicates on it anyway.
        } finally {
          setChecking(false);
        }
      }
      await save(values);
    } finally {
      busy.current = false;
    }
  };

  const reset = () => {
    form.resetFields();
    setKey(newIdempotencyKey());
    setFailure(null);
  };

  return (
    <Row gutter={16} align="top">
      {/* Side by side from 992 px (the 1366×768 office screen); the panel goes below on narrower windows. */}
      <Col xs={24} lg={17}>
        <Card
          title={INTAKE.title}
          extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{INTAKE.keyboardHint}</Typography.Text>}
          data-testid="intake-form"
        >
          <Form<IntakeValues>
            form={form}
            layout="vertical"
            initialValues={initialValues(root?.id ?? null)}
            onFinish={(v) => void onFinish(v)}
            onValuesChange={() => failure && setFailure(null)}
            scrollToFirstError={{ block: 'center', focus: true }}
            requiredMark
          >
            <Row gutter={16}>
              <Col span={6}>
                <Form.Item name="channel" label={F.channel} rules={[{ required: true, message: R.channel }]}>
                  <Select {...select} autoFocus options={options(CHANNEL)} data-testid="intake-channel" aria-label={F.channel} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="type" label={F.type} rules={[{ required: true, message: R.type }]}>
                  <Select {...select} options={options(DISPUTE_TYPE)} data-testid="intake-type" aria-label={F.type} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="regionId" label={F.region} rules={[{ required: true, message: R.region }]}>
                  <RegionCascader placeholder={F.regionPlaceholder} allowClear={false} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="title" label={F.title} rules={[{ required: true, whitespace: true, message: R.title }, { min: 2, max: 100, message: R.titleLength }]}>
              <Input placeholder={F.titlePlaceholder} maxLength={100} showCount data-testid="intake-title" />
            </Form.Item>
            <Form.Item name="description" label={F.description} rules={[{ required: true, whitespace: true, message: R.description }, { min: 5, max: 5000, message: R.descriptionLength }]}>
              <Input.TextArea
                placeholder={F.descriptionPlaceholder}
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={5000}
                data-testid="intake-description"
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    form.submit();
                  }
                }}
              />
            </Form.Item>
            <Form.Item label={F.parties} required>
              <PartiesList />
            </Form.Item>
            <Row gutter={16}>
              <Col span={8}>
                <Form.Item
                  name="amountInDispute"
                  label={F.amount}
                  rules={[{ validator: async (_, v?: string) => { if (v && v.trim() && !isValidAmount(v)) throw new Error(R.amount); } }]}
                >
                  <Input placeholder={F.amountPlaceholder} suffix={F.amountUnit} inputMode="decimal" data-testid="intake-amount" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="complexity" label={F.complexity}>
                  <Select {...select} allowClear placeholder={F.complexityPlaceholder} options={options(COMPLEXITY)} data-testid="intake-complexity" aria-label={F.complexity} />
                </Form.Item>
              </Col>
            </Row>
            {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="intake-error" />}
            <Space>
              <Button type="primary" htmlType="submit" loading={saving || checking} data-testid="intake-submit">
                {saving ? INTAKE.saving : INTAKE.submit}
              </Button>
              <Button onClick={reset} disabled={saving}>{INTAKE.reset}</Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={7} style={{ position: 'sticky', top: 16 }}>
        {mayCheck && <WatchedDuplicates form={form} idempotencyKey={key} />}
      </Col>
      <Modal
        open={!!confirm}
        title={T.confirmTitle(confirm?.items.length ?? 0)}
        okText={T.confirmOk}
        cancelText={T.confirmCancel}
        onOk={() => confirm && void save(confirm.values)}
        onCancel={() => setConfirm(null)}
        confirmLoading={saving}
        cancelButtonProps={{ autoFocus: true, 'data-testid': 'duplicates-back' } as ButtonProps}
        okButtonProps={{ 'data-testid': 'duplicates-save-anyway' } as ButtonProps}
        width={640}
        destroyOnHidden
      >
        <div data-testid="duplicates-confirm">
          <Typography.Paragraph>{T.confirmBody}</Typography.Paragraph>
          {confirm && <DuplicateList items={confirm.items} />}
        </div>
      </Modal>
    </Row>
  );
}
