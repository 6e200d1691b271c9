/**
 * The head of the case file: who handles it, where it stands on the ladder, how long is left.
 * The deadline tag is the list's own (components/DeadlineTag), so a case reads the same in both.
 */
import { Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import DeadlineTag from '../../components/DeadlineTag';
import { CASE_STATUS, CHANNEL, COMPLEXITY, DISPUTE_TYPE, REFERRAL_ROUTE, REGION_LEVEL, RISK_LEVEL } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';
import { useNow } from '../../utils/useNow';
import { RISK_COLOR, STATUS_COLOR } from './colors';
import ResolutionPath from './ResolutionPath';

export const CaseHeaderFragment = graphql(`
  fragment CaseHeader on Case {
    id
    code
    title
    description
    status
    level
    channel
    type
    complexity
    policyVersion
    complexityConfirmed
    amountInDispute
    receivedAt
    acceptedAt
    resolvedAt
    closedAt
    agreement
    referralRoute
    escalationCount
    reopenCount
    mediationFailed
    version
    ...CaseResolutionPath
    leader {
      id
    }
    leaderSince
    leaderName
    highRisk
    # The leader's name is kept on the case (no personnel fetch); for cases taken before, the ledger entry of the take names them.
    history {
      action
      actor {
        id
        displayName
      }
    }
    ladderStep {
      key
      name
    }
    region {
      id
      name
    }
    handlingCenter {
      id
      name
    }
    supervision {
      deadlineAt
      deadlineStarted
      overdue
      warning
      riskLevel
    }
  }
`);

const time = (t: string | null | undefined) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : CASE_FILE.header.none);

export default function CaseHeader(props: { case: FragmentType<typeof CaseHeaderFragment>; extra?: React.ReactNode }) {
  const c = getFragmentData(CaseHeaderFragment, props.case);
  const now = useNow(30_000);
  const h = CASE_FILE.header;
  const leaderName = c.leader ? (c.leaderName ?? c.history.findLast((e) => e.action === 'takeCase' && e.actor?.id === c.leader!.id)?.actor?.displayName) : null;
  return (
    <div data-testid="case-header">
      <div style={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <Space orientation="vertical" size={4} style={{ minWidth: 0, flex: '1 1 480px' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title">{c.title}</Typography.Title>
          <Space size={8} wrap>
            <Typography.Text copyable data-testid="case-code" style={{ fontFamily: 'monospace' }}>{c.code}</Typography.Text>
            <Tag color={STATUS_COLOR[c.status]} data-testid="case-status" data-status={c.status}>{CASE_STATUS[c.status]}</Tag>
            <DeadlineTag status={c.status} supervision={c.supervision} now={now} />
            {c.supervision.riskLevel && <Tag color={RISK_COLOR[c.supervision.riskLevel]} data-testid="case-risk">{RISK_LEVEL[c.supervision.riskLevel]}</Tag>}
            {c.highRisk && <Tag color="red" data-testid="case-high-risk">{CASE_FILE.risk.tag}</Tag>}
            {c.mediationFailed && <Tag color="orange">{h.mediationFailed}</Tag>}
            {c.escalationCount > 0 && <Tag color="volcano">{h.escalations(c.escalationCount)}</Tag>}
            {c.reopenCount > 0 && <Tag>{h.reopened(c.reopenCount)}</Tag>}
            <Tooltip title="每次变更加一；办理时以此判断是否有人同时修改">
              <Typography.Text type="secondary" data-testid="case-version">{CASE_FILE.version(c.version)}</Typography.Text>
            </Tooltip>
          </Space>
        </Space>
        {props.extra}
      </div>
      <Descriptions size="small" column={4} style={{ marginTop: 12 }} data-testid="case-facts">
        <Descriptions.Item label={h.center}>{c.handlingCenter.name}</Descriptions.Item>
        <Descriptions.Item label={h.level}>{REGION_LEVEL[c.level]} · {c.ladderStep.name}</Descriptions.Item>
        <Descriptions.Item label={h.region}>{c.region.name}</Descriptions.Item>
        <Descriptions.Item label={h.channel}>{CHANNEL[c.channel]}</Descriptions.Item>
        <Descriptions.Item label={h.type}>{DISPUTE_TYPE[c.type]}</Descriptions.Item>
        <Descriptions.Item label={h.complexity}>
          <span data-testid="case-complexity">{COMPLEXITY[c.complexity]}{c.complexityConfirmed ? '' : h.complexityPending}</span>
        </Descriptions.Item>
        <Descriptions.Item label={h.amount}>{c.amountInDispute ? h.yuan(c.amountInDispute) : h.none}</Descriptions.Item>
        <Descriptions.Item label={h.deadline}>
          {time(c.supervision.deadlineAt)}{c.supervision.deadlineStarted ? '' : h.deadlineProvisional}
          {/* The county's rules this case runs under (it keeps them when the county changes its rules later). */}
          <Typography.Text type="secondary" style={{ marginLeft: 8 }} data-testid="case-policy-version">{h.policyVersion(c.policyVersion)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={h.receivedAt}>{time(c.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={h.acceptedAt}>{time(c.acceptedAt)}</Descriptions.Item>
        <Descriptions.Item label={h.resolvedAt}>{time(c.resolvedAt)}</Descriptions.Item>
        <Descriptions.Item label={h.closedAt}>{time(c.closedAt)}</Descriptions.Item>
        <Descriptions.Item label={h.resolutionMode} span={2}><ResolutionPath case={c} /></Descriptions.Item>
        <Descriptions.Item label={h.leader} span={2}>
          <span data-testid="case-leader" data-leader={c.leader?.id ?? ''}>
            {c.leader ? <>{leaderName ?? ''}{h.leaderSince(time(c.leaderSince))}</> : h.noLeader}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={h.description} span={4}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, expandable: 'collapsible' }}>{c.description}</Typography.Paragraph>
        </Descriptions.Item>
        {c.agreement && (
          <Descriptions.Item label={h.agreement} span={4}>
            <Typography.Text data-testid="case-agreement" style={{ whiteSpace: 'pre-wrap' }}>{c.agreement}</Typography.Text>
          </Descriptions.Item>
        )}
        {c.referralRoute && <Descriptions.Item label={h.referral} span={4}>{REFERRAL_ROUTE[c.referralRoute]}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
}
