/**
 * The case-file actions with a real form (交办 has its own file, AssignForm.tsx): 调解结果 (RESOLVED with the agreement, or FAILED with the reason) and
 * 联合会商 (1+5+N: departments and topic; then its decision: responsibility split and mediation plan). Field names are the server's (`input.…`), so its
 * BAD_USER_INPUT paths land on them.
 */
import { Button, Form, Input, Radio, Select, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { MediationOutcome } from '../../../gql/graphql';
import { MEDIATION_OUTCOME, options } from '../../../locales/zh-CN/enums';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';
import ActionModal, { TextBox } from './ActionModal';
import { DepartmentSelect, FIVE_MEMBERS, useDepartments } from './pickers';
import type { FormProps } from './StatusForms';

const OutcomeDoc = graphql(`
  mutation CaseFileOutcome($input: MediationOutcomeInput!) {
    recordMediationOutcome(input: $input) { id ...CaseFileFields }
  }
`);
const DecideDoc = graphql(`
  mutation CaseFileDecideConsultation($input: RecordConsultationDecisionInput!) {
    recordConsultationDecision(input: $input) { id case { id ...CaseFileFields } }
  }
`);
const ConsultDoc = graphql(`
  mutation CaseFileConsult($input: OpenConsultationInput!) {
    openConsultation(input: $input) { id case { id ...CaseFileFields } }
  }
`);

const f = CASE_FILE.forms;
const a = CASE_FILE.actions;
const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

interface OutcomeValues { outcome: MediationOutcome; agreement?: string; note?: string }

export function OutcomeForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<OutcomeValues>();
  const outcome = Form.useWatch('outcome', form);
  const [run] = useMutation(OutcomeDoc);
  return (
    <ActionModal open={open} onClose={onClose} title={a.recordOutcome} testId="modal-outcome" form={form} prefix="input" width={640}
      initialValues={{ outcome: 'RESOLVED' }}
      submit={(v) => run({ variables: { input: {
        caseId: page.caseId, expectedVersion: page.version, outcome: v.outcome,
        agreement: v.outcome === 'RESOLVED' ? opt(v.agreement) : null, note: opt(v.note),
      } } })}>
      <Form.Item name="outcome" label={f.outcome} rules={[{ required: true }]}>
        <Radio.Group options={options(MEDIATION_OUTCOME)} optionType="button" buttonStyle="solid" data-testid="field-outcome" />
      </Form.Item>
      {outcome !== 'FAILED' ? (
        <Form.Item name="agreement" label={f.agreement} rules={[{ required: true, whitespace: true, message: f.agreementRequired }]}>
          <TextBox maxLength={2000} showCount autoFocus placeholder={f.agreementPlaceholder} autoSize={{ minRows: 3, maxRows: 8 }} data-testid="field-agreement" />
        </Form.Item>
      ) : (
        <Form.Item name="note" label={f.failedNote} rules={[{ required: true, whitespace: true, message: f.failedNoteRequired }]}>
          <TextBox maxLength={500} showCount autoFocus data-testid="field-note" />
        </Form.Item>
      )}
    </ActionModal>
  );
}

interface ConsultValues { departmentIds: string[]; topic: string }

export function ConsultationForm({ open, onClose }: FormProps) {
  const page = useCaseFile();
  const [form] = Form.useForm<ConsultValues>();
  const { departments } = useDepartments();
  const [run] = useMutation(ConsultDoc);
  const addFive = () => {
    const current: string[] = form.getFieldValue('departmentIds') ?? [];
    const five = departments.filter((d) => FIVE_MEMBERS.includes(d.kind)).map((d) => d.id);
    form.setFieldValue('departmentIds', [...new Set([...current, ...five])]);
  };
  return (
    <ActionModal open={open} onClose={onClose} title={a.openConsultation} testId="modal-consult" form={form} prefix="input" listFields={['departmentIds']} width={640}
      submit={(v) => run({ variables: { input: { caseId: page.caseId, expectedVersion: page.version, departmentIds: v.departmentIds, topic: v.topic.trim() } } })}>
      <Form.Item name="topic" label={f.consultationTopic} rules={[{ required: true, whitespace: true, message: f.topicRequired }]}>
        <Input maxLength={200} autoFocus data-testid="field-topic" />
      </Form.Item>
      <Form.Item label={f.consultationDepartments} required htmlFor="departmentIds">
        <Form.Item name="departmentIds" noStyle rules={[{ type: 'array', min: 2, required: true, message: f.consultationDepartmentsMin }]}>
          <DepartmentSelect mode="multiple" data-testid="field-departments" />
        </Form.Item>
        <Button type="link" size="small" onClick={addFive} style={{ paddingInline: 0 }}>{f.fiveMembers}</Button>
      </Form.Item>
    </ActionModal>
  );
}

interface AttendeeValues { departmentId: string; name: string; title?: string }
interface DecisionValues { responsibilitySplit: string; plan: string; attendees?: AttendeeValues[] }

/**
 * The meeting's output (DOMAIN.md 6): who does what, the mediation plan, and who attended (staff of
 * the convened departments, picked from them). One decision per meeting.
 */
export function ConsultationDecisionForm({ open, onClose, consultationId, topic, departments }: FormProps & { consultationId: string; topic: string; departments: { id: string; name: string }[] }) {
  const [form] = Form.useForm<DecisionValues>();
  const [run] = useMutation(DecideDoc);
  const attendees = (v: DecisionValues) => (v.attendees ?? []).map((x) => ({ departmentId: x.departmentId, name: x.name.trim(), title: x.title?.trim() || null }));
  return (
    <ActionModal open={open} onClose={onClose} title={`${f.decisionTitle}：${topic}`} label={f.decisionTitle} testId="modal-decision" form={form} prefix="input" width={720}
      submit={(v) => run({ variables: { input: { consultationId, responsibilitySplit: v.responsibilitySplit.trim(), plan: v.plan.trim(), attendees: attendees(v) } } })}>
      <Form.Item name="responsibilitySplit" label={CASE_FILE.consultations.split} rules={[{ required: true, whitespace: true, message: f.splitRequired }]}>
        <TextBox maxLength={5000} autoFocus autoSize={{ minRows: 3, maxRows: 8 }} data-testid="field-split" />
      </Form.Item>
      <Form.Item name="plan" label={CASE_FILE.consultations.plan} rules={[{ required: true, whitespace: true, message: f.planRequired }]}>
        <TextBox maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} data-testid="field-plan" />
      </Form.Item>
      <Form.Item label={CASE_FILE.consultations.attendees}>
        <Form.List name="attendees">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, i) => (
                <Space key={row.key} align="baseline" data-testid={`attendee-${i}`}>
                  <Form.Item name={[row.name, 'departmentId']} rules={[{ required: true, message: f.attendeeDepartmentRequired }]}>
                    <Select showSearch optionFilterProp="label" placeholder={f.attendeeDepartment} aria-label={f.attendeeDepartment} style={{ width: 160 }}
                      options={departments.map((d) => ({ value: d.id, label: d.name }))} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: f.attendeeNameRequired }]}>
                    <Input placeholder={f.attendeeName} aria-label={f.attendeeName} maxLength={50} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'title']}>
                    <Input placeholder={f.attendeeTitle} aria-label={f.attendeeTitle} maxLength={50} style={{ width: 160 }} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(row.name)}>{f.removeAttendee}</Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} data-testid="add-attendee">{f.addAttendee}</Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </ActionModal>
  );
}
