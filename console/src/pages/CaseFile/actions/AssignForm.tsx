/**
 * 交办: the lead department and co-departments, and the case's mediators — several, one of them
 * 主办 (LEAD), the others 协办 (ASSIST). While the case is in joint mediation (五方联调) each mediator
 * and each department may carry the kind of mediation it brings (诉调、警调、行政、行业专业、人民调解).
 * 「推荐团队」 fills the mediators from recommendMediatorTeam (a lead and complementary assistants
 * below their load). Field names are the server's (`input.mediators.1.mediatorId` …), so its
 * BAD_USER_INPUT paths land on the row they name.
 */
import { useState } from 'react';
import { Alert, Button, Form, Radio, Select, Space } from 'antd';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AssignmentRole, JointMediationKind, ResolutionMode } from '../../../gql/graphql';
import { JOINT_MEDIATION_KIND, MEDIATOR_ROLE, options } from '../../../locales/zh-CN/enums';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useAccess } from '../../../app/session-hooks';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';
import { DepartmentSelect, MediatorSelect, useDepartments } from './pickers';
import { OnDutyHint } from './OnDutyHint';
import type { FormProps } from './StatusForms';

const AssignDoc = graphql(`
  mutation CaseFileAssign($input: AssignCaseInput!) {
    assignCase(input: $input) { id ...CaseFileFields }
  }
`);

const TeamDoc = graphql(`
  query CaseFileMediatorTeam($caseId: ID!, $size: Int) {
    recommendMediatorTeam(caseId: $caseId, size: $size) {
      lead { mediator { id name } }
      assistants { mediator { id name } }
      reasons
    }
  }
`);

/** The server's limit (domain/handlers.ts MAX_MEDIATORS). */
const MAX_MEDIATORS = 5;

interface MediatorRow { mediatorId?: string; role: AssignmentRole; jointKind?: JointMediationKind }
interface AssignValues {
  leadDepartmentId?: string; departmentIds?: string[]; mediators?: MediatorRow[];
  departmentKinds?: Record<string, JointMediationKind | undefined>; note?: string;
}

const f = CASE_FILE.forms;
const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
/** A list-level complaint (no lead, two leads, too many) is shown on the first row. */
const RENAME = { mediators: 'mediators.0.mediatorId' };

export function AssignForm({ open, onClose, mediatorId, mode }: FormProps & { mediatorId?: string; mode: ResolutionMode }) {
  const page = useCaseFile();
  const access = useAccess();
  const [form] = Form.useForm<AssignValues>();
  const lead = Form.useWatch('leadDepartmentId', form);
  const co = Form.useWatch('departmentIds', form);
  const { departments } = useDepartments();
  const [run] = useMutation(AssignDoc);
  const [loadTeam, team] = useLazyQuery(TeamDoc, { fetchPolicy: 'network-only' });
  const [teamNote, setTeamNote] = useState<string[] | null>(null);
  const [teamMembers, setTeamMembers] = useState<{ id: string; name: string }[]>([]);
  const joint = mode === 'JOINT';
  const assigned = lead ? [lead, ...(co ?? []).filter((d) => d !== lead)] : [];

  async function recommendTeam() {
    const { data } = await loadTeam({ variables: { caseId: page.caseId, size: 2 } });
    const t = data?.recommendMediatorTeam;
    if (!t?.lead) return setTeamNote([f.teamEmpty]);
    setTeamMembers([t.lead, ...t.assistants].map((m) => m.mediator));
    form.setFieldValue('mediators', [
      { mediatorId: t.lead.mediator.id, role: 'LEAD' },
      ...t.assistants.map((a) => ({ mediatorId: a.mediator.id, role: 'ASSIST' as const })),
    ]);
    setTeamNote([f.teamApplied, ...t.reasons]);
  }

  return (
    <ActionModal open={open} onClose={onClose} title={CASE_FILE.actions.assign} testId="modal-assign" form={form} prefix="input"
      listFields={['departmentIds']} rename={RENAME} width={760}
      initialValues={{ mediators: mediatorId ? [{ mediatorId, role: 'LEAD' }] : [] }}
      submit={(v) => {
        const rows = (v.mediators ?? []).filter((m) => m.mediatorId);
        const kinds = joint ? assigned.flatMap((departmentId) => {
          const jointKind = v.departmentKinds?.[departmentId];
          return jointKind ? [{ departmentId, jointKind }] : [];
        }) : [];
        return run({ variables: { input: {
          caseId: page.caseId, expectedVersion: page.version, note: opt(v.note),
          // Mediators are replaced only when some are listed; without any they stay as they are.
          ...(rows.length ? { mediators: rows.map((m) => ({ mediatorId: m.mediatorId!, role: m.role, jointKind: joint ? m.jointKind ?? null : null })) } : {}),
          // Departments are replaced only when a lead is given; without one they stay as they are.
          ...(v.leadDepartmentId ? { leadDepartmentId: v.leadDepartmentId, departmentIds: (v.departmentIds ?? []).filter((d) => d !== v.leadDepartmentId) } : {}),
          ...(kinds.length ? { departmentKinds: kinds } : {}),
        } } });
      }}>
      <Form.Item name="leadDepartmentId" label={f.leadDepartment} dependencies={['mediators']}
        rules={[({ getFieldValue }) => ({
          validator: (_, value) => (value || (getFieldValue('mediators') ?? []).some((m: MediatorRow) => m?.mediatorId)
            ? Promise.resolve() : Promise.reject(new Error(f.assignNeedsSomething))),
        })]}>
        <DepartmentSelect autoFocus data-testid="field-lead-department" />
      </Form.Item>
      <OnDutyHint caseId={page.caseId} onPick={(id) => form.setFieldValue('leadDepartmentId', id)} />
      <Form.Item name="departmentIds" label={f.coDepartments}>
        <DepartmentSelect mode="multiple" exclude={lead ? [lead] : []} disabled={!lead} data-testid="field-co-departments" />
      </Form.Item>
      {joint && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={f.jointHint} data-testid="assign-joint-hint" />}
      {joint && assigned.length > 0 && (
        <Space wrap size={12} style={{ marginBottom: 8 }}>
          {assigned.map((id) => (
            <Form.Item key={id} name={['departmentKinds', id]} label={f.departmentKind(departments.find((d) => d.id === id)?.name ?? '')} style={{ marginBottom: 8 }}>
              <Select allowClear style={{ width: 150 }} options={options(JOINT_MEDIATION_KIND)} data-testid={`field-department-kind-${id}`} />
            </Form.Item>
          ))}
        </Space>
      )}
      <Form.List name="mediators" rules={[{
        validator: async (_, rows: MediatorRow[] = []) => {
          const listed = rows.filter((m) => m?.mediatorId);
          if (listed.length > MAX_MEDIATORS) throw new Error(f.tooManyMediators(MAX_MEDIATORS));
          if (listed.length && listed.filter((m) => m.role === 'LEAD').length !== 1) throw new Error(f.oneLead);
        },
      }]}>
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={f.mediators} data-testid="field-mediators">
            {fields.map((field, i) => (
              <Space key={field.key} align="start" wrap={false} style={{ display: 'flex' }} data-testid={`mediator-row-${i}`}>
                <Form.Item name={[field.name, 'mediatorId']} rules={[{ required: true, message: f.mediatorRequired }]} style={{ marginBottom: 8 }}>
                  <MediatorSelect caseId={page.caseId} team={teamMembers} style={{ width: 300 }} data-testid={`field-mediator-${i}`}
                    onChange={() => void form.validateFields(['leadDepartmentId']).catch(() => undefined)} />
                </Form.Item>
                <Form.Item name={[field.name, 'role']} style={{ marginBottom: 8 }}>
                  {/* The one-lead rule lives on the list: check it again as soon as a role changes. */}
                  <Radio.Group options={options(MEDIATOR_ROLE)} optionType="button" data-testid={`field-mediator-role-${i}`}
                    onChange={() => void form.validateFields(['mediators']).catch(() => undefined)} />
                </Form.Item>
                {joint && (
                  <Form.Item name={[field.name, 'jointKind']} style={{ marginBottom: 8 }}>
                    <Select allowClear placeholder={f.jointKind} style={{ width: 130 }} options={options(JOINT_MEDIATION_KIND)} data-testid={`field-mediator-kind-${i}`} />
                  </Form.Item>
                )}
                <Button type="link" onClick={() => remove(field.name)} data-testid={`remove-mediator-${i}`}>{f.removeMediator}</Button>
              </Space>
            ))}
            <Space>
              <Button onClick={() => add({ role: fields.length ? 'ASSIST' : 'LEAD' })} disabled={fields.length >= MAX_MEDIATORS} data-testid="add-mediator">
                {f.addMediator}
              </Button>
              {access.recommendMediatorTeam && (
                <Button onClick={() => void recommendTeam()} loading={team.loading} data-testid="recommend-team">{f.recommendTeam}</Button>
              )}
            </Space>
            <Form.ErrorList errors={errors} />
            {teamNote && <Alert type="success" style={{ marginTop: 8 }} title={teamNote.join('；')} data-testid="team-note" />}
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="note" label={f.assignNote}>
        <TextBox maxLength={500} data-testid="field-note" />
      </Form.Item>
    </ActionModal>
  );
}
