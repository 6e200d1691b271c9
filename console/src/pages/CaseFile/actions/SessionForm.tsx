/**
 * 记录调解会: one sitting of the mediation — when, where, which parties came, who mediated (one
 * presiding, others assisting), which departments joined (诉调、警调 …), the minutes and how it ended.
 * Field names are the server's (`input.…`), so its BAD_USER_INPUT paths land on them.
 */
import { Checkbox, DatePicker, Form, Input, Radio, Select, type SelectProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { MediationSessionOutcome, PartyRole } from '../../../gql/graphql';
import { MEDIATION_SESSION_OUTCOME, PARTY_ROLE, options } from '../../../locales/zh-CN/enums';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';
import { DepartmentSelect } from './pickers';
import type { FormProps } from './StatusForms';

const SessionDoc = graphql(`
  mutation CaseFileRecordSession($input: RecordMediationSessionInput!) {
    recordMediationSession(input: $input) { id case { id ...CaseFileFields } }
  }
`);

/**
 * The mediators who may sit: the case's own first, then the pool this account can see. Not the
 * recommendations (center staff only): the case's mediator records sittings too.
 */
export const SessionMediatorsDoc = graphql(`
  query CaseFileSessionMediators {
    mediators(first: 100) {
      edges {
        node {
          id
          name
          brand
          center {
            id
            name
          }
        }
      }
    }
  }
`);

type Own = readonly { id: string; name?: string | null }[];

function SessionMediatorSelect({ own, ...props }: SelectProps & { own: Own }) {
  const { data, loading } = useQuery(SessionMediatorsDoc);
  const ownIds = new Set(own.map((m) => m.id));
  const pool = (data?.mediators.edges ?? []).map((e) => e.node).filter((m) => !ownIds.has(m.id));
  return (
    <Select showSearch={{ optionFilterProp: 'label' }} allowClear loading={loading} {...props} options={[
      { label: t.form.ownMediators, options: own.map((m) => ({ value: m.id, label: m.name ?? m.id })) },
      { label: t.form.poolMediators, options: pool.map((m) => ({ value: m.id, label: `${m.brand ? `${m.name}（${m.brand}）` : m.name} · ${m.center.name}` })) },
    ]} />
  );
}

interface SessionValues {
  heldAt: Dayjs; place: string; partyNames: string[]; leadMediatorId: string; assistMediatorIds?: string[];
  departmentIds?: string[]; minutes: string; outcome: MediationSessionOutcome;
}

const t = CASE_FILE.sessions;

/** The server names `input.mediators.N.mediatorId`: the first is the presiding one, the others the assistants. */
const RENAME: Record<string, string> = {
  mediators: 'leadMediatorId', 'mediators.0.mediatorId': 'leadMediatorId', 'mediators.0.role': 'leadMediatorId',
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`mediators.${i + 1}.mediatorId`, `assistMediatorIds.${i}`])),
};

export function SessionForm({ open, onClose, parties, own }: FormProps & { parties: readonly { name: string; role: PartyRole }[]; own: Own }) {
  const page = useCaseFile();
  const [form] = Form.useForm<SessionValues>();
  const [run] = useMutation(SessionDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={t.record} testId="modal-session" form={form} prefix="input" width={720}
      listFields={['partyNames', 'departmentIds', 'assistMediatorIds']} rename={RENAME}
      initialValues={{ heldAt: dayjs().startOf('minute'), partyNames: parties.map((p) => p.name), leadMediatorId: own[0]?.id }}
      submit={(v) => run({ variables: { input: {
        caseId: page.caseId, expectedVersion: page.version, heldAt: v.heldAt.toISOString(), place: v.place.trim(), partyNames: v.partyNames,
        mediators: [
          { mediatorId: v.leadMediatorId, role: 'LEAD' as const },
          ...(v.assistMediatorIds ?? []).filter((id) => id !== v.leadMediatorId).map((mediatorId) => ({ mediatorId, role: 'ASSIST' as const })),
        ],
        departmentIds: v.departmentIds ?? [], minutes: v.minutes.trim(), outcome: v.outcome,
      } } })}>
      <Form.Item name="heldAt" label={t.heldAt} rules={[{ required: true, message: t.form.heldAtRequired }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="field-held-at" />
      </Form.Item>
      <Form.Item name="place" label={t.place} rules={[{ required: true, whitespace: true, message: t.form.placeRequired }]}>
        <Input maxLength={100} autoFocus placeholder={t.form.placePlaceholder} data-testid="field-place" />
      </Form.Item>
      <Form.Item name="partyNames" label={t.parties} rules={[{ type: 'array', min: 1, required: true, message: t.form.partiesRequired }]}>
        <Checkbox.Group options={parties.map((p) => ({ value: p.name, label: `${p.name}（${PARTY_ROLE[p.role]}）` }))} data-testid="field-parties" />
      </Form.Item>
      <Form.Item name="leadMediatorId" label={t.form.leadMediator} rules={[{ required: true, message: t.form.leadRequired }]}>
        <SessionMediatorSelect own={own} data-testid="field-lead-mediator" />
      </Form.Item>
      <Form.Item name="assistMediatorIds" label={t.form.assistMediators}>
        <SessionMediatorSelect own={own} mode="multiple" data-testid="field-assist-mediators" />
      </Form.Item>
      <Form.Item name="departmentIds" label={t.departments}>
        <DepartmentSelect mode="multiple" data-testid="field-session-departments" />
      </Form.Item>
      <Form.Item name="minutes" label={t.minutes} rules={[{ required: true, whitespace: true, message: t.form.minutesRequired }]}>
        <TextBox maxLength={20000} showCount placeholder={t.form.minutesPlaceholder} autoSize={{ minRows: 4, maxRows: 10 }} data-testid="field-minutes" />
      </Form.Item>
      <Form.Item name="outcome" label={t.outcome} rules={[{ required: true, message: t.form.outcomeRequired }]}>
        <Radio.Group options={options(MEDIATION_SESSION_OUTCOME)} optionType="button" buttonStyle="solid" data-testid="field-session-outcome" />
      </Form.Item>
    </ActionModal>
  );
}
