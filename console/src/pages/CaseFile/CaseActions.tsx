/**
 * The buttons for what can be done with the case now. A button shows only when BOTH the signed-in
 * roles have its access key (app/access.ts, mirroring the server's policy) AND the case's
 * `allowedActions` (the server's state machine) lists it; the server still decides per record (a
 * mediator acts only on their own case). The next step of the usual path is the primary button.
 */
import { Button, Space, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CaseAction, CaseActionsStateFragment as CaseState } from '../../gql/graphql';
import type { AccessKey } from '../../app/access';
import { useAccess } from '../../app/session-hooks';
import { CASE_FILE } from '../../locales/zh-CN';
import {
  AcceptForm, CloseForm, EscalateForm, ReferForm, RejectForm, ReopenForm, StartMediationForm, WithdrawForm,
} from './actions/StatusForms';
import { ConsultationForm, OutcomeForm } from './actions/WorkForms';
import { AssignForm } from './actions/AssignForm';
import { FollowUpForm } from './actions/SupervisionForms';
import { ModeForm } from './actions/ModeForm';
import { AssignLeaderForm, TakeCaseForm } from './actions/TakeCaseForm';
import { MarkHighRiskForm, RiskPlanForm } from './actions/RiskForms';
import { needsFollowUp } from './rules';

export const CaseActionsStateFragment = graphql(`
  fragment CaseActionsState on Case {
    id
    status
    allowedActions
    complexity
    complexityConfirmed
    resolvedAt
    resolutionMode
    region {
      id
    }
    leader {
      id
    }
    riskPlan {
      measures
      responsiblePerson
      reviewDate
    }
    supervision {
      followUp {
        at
      }
    }
  }
`);

export type ActionKey = 'accept' | 'reject' | 'assign' | 'startMediation' | 'recordOutcome' | 'recordFollowUp' | 'close'
  | 'escalate' | 'refer' | 'openConsultation' | 'reopen' | 'withdraw' | 'changeMode' | 'takeCase' | 'assignLeader' | 'markHighRisk' | 'recordRiskPlan';

interface ButtonDef {
  key: ActionKey;
  access: AccessKey;
  /** The server's allowedActions that make it possible (any of them). */
  actions?: CaseAction[];
  /** Or a condition of its own (follow-up belongs to supervision, not to the state machine). */
  when?: (c: CaseState) => boolean;
  danger?: boolean;
}

/** In the order of the usual path; the first visible one of PRIMARY_PATH is the primary button. */
const BUTTONS: ButtonDef[] = [
  { key: 'accept', access: 'acceptCase', actions: ['ACCEPT'] },
  { key: 'assign', access: 'assignCase', actions: ['ASSIGN'] },
  { key: 'startMediation', access: 'startMediation', actions: ['START_MEDIATION'] },
  { key: 'recordOutcome', access: 'recordMediationOutcome', actions: ['RECORD_OUTCOME'] },
  { key: 'recordFollowUp', access: 'recordFollowUp', when: needsFollowUp },
  { key: 'close', access: 'closeCase', actions: ['CLOSE'] },
  { key: 'openConsultation', access: 'openConsultation', actions: ['OPEN_CONSULTATION'] },
  { key: 'escalate', access: 'escalateCase', actions: ['ESCALATE'] },
  { key: 'takeCase', access: 'takeCase', actions: ['TAKE_CASE'] },
  { key: 'assignLeader', access: 'assignCaseLeader', when: (c) => OPEN_STATUSES.includes(c.status) },
  { key: 'recordRiskPlan', access: 'recordRiskPlan', actions: ['RECORD_RISK_PLAN'] },
  { key: 'changeMode', access: 'changeResolutionMode', actions: ['CHANGE_RESOLUTION_MODE'] },
  { key: 'refer', access: 'referCase', actions: ['REFER'] },
  { key: 'reopen', access: 'reopenCase', actions: ['REOPEN'] },
  { key: 'markHighRisk', access: 'markHighRisk', actions: ['MARK_HIGH_RISK'], danger: true },
  { key: 'reject', access: 'rejectCase', actions: ['REJECT', 'TRANSFER'], danger: true },
  { key: 'withdraw', access: 'withdrawCase', actions: ['WITHDRAW'], danger: true },
];
/** Work under way: a leader can be named while the case is open. */
const OPEN_STATUSES: readonly string[] = ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'];
const PRIMARY_PATH: ActionKey[] = ['accept', 'assign', 'startMediation', 'recordOutcome', 'recordFollowUp', 'close'];

export interface OpenAction {
  key: ActionKey;
  /** 交办 opened from a recommendation: that mediator is chosen. */
  mediatorId?: string;
}

export default function CaseActions(props: {
  case: FragmentType<typeof CaseActionsStateFragment>;
  open: OpenAction | null;
  onOpen(action: OpenAction | null): void;
}) {
  const c = getFragmentData(CaseActionsStateFragment, props.case);
  const access = useAccess();
  const visible = BUTTONS.filter((b) => access[b.access] && (b.actions ? b.actions.some((x) => c.allowedActions.includes(x)) : b.when!(c)));
  const primary = PRIMARY_PATH.find((k) => visible.some((b) => b.key === k));
  const a = CASE_FILE.actions;
  const close = () => props.onOpen(null);
  const open = props.open;
  return (
    <div data-testid="case-actions">
      {visible.length === 0 ? (
        <Typography.Text type="secondary" data-testid="case-actions-none">{a.none}</Typography.Text>
      ) : (
        <Space wrap size={8}>
          {visible.map((b) => (
            <Button
              key={b.key}
              type={b.key === primary ? 'primary' : 'default'}
              danger={b.danger}
              onClick={() => props.onOpen({ key: b.key })}
              data-testid={`action-${b.key}`}
            >
              {a[b.key]}
            </Button>
          ))}
        </Space>
      )}
      {open?.key === 'accept' && <AcceptForm open onClose={close} current={c.complexityConfirmed ? c.complexity : null} />}
      {open?.key === 'reject' && <RejectForm open onClose={close} canReject={c.allowedActions.includes('REJECT')} canTransfer={c.allowedActions.includes('TRANSFER')} />}
      {open?.key === 'assign' && <AssignForm open onClose={close} mediatorId={open.mediatorId} mode={c.resolutionMode} />}
      {open?.key === 'startMediation' && <StartMediationForm open onClose={close} />}
      {open?.key === 'recordOutcome' && <OutcomeForm open onClose={close} />}
      {open?.key === 'recordFollowUp' && <FollowUpForm open onClose={close} />}
      {open?.key === 'close' && <CloseForm open onClose={close} />}
      {open?.key === 'openConsultation' && <ConsultationForm open onClose={close} />}
      {open?.key === 'escalate' && <EscalateForm open onClose={close} />}
      {open?.key === 'refer' && <ReferForm open onClose={close} />}
      {open?.key === 'reopen' && <ReopenForm open onClose={close} />}
      {open?.key === 'withdraw' && <WithdrawForm open onClose={close} />}
      {open?.key === 'takeCase' && <TakeCaseForm open onClose={close} />}
      {open?.key === 'assignLeader' && <AssignLeaderForm open onClose={close} regionId={c.region.id} currentLeaderId={c.leader?.id ?? null} />}
      {open?.key === 'markHighRisk' && <MarkHighRiskForm open onClose={close} />}
      {open?.key === 'recordRiskPlan' && <RiskPlanForm open onClose={close} current={c.riskPlan ?? null} />}
      {open?.key === 'changeMode' && <ModeForm open onClose={close} current={c.resolutionMode} />}
    </div>
  );
}
