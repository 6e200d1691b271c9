/**
 * 一人一案: shown when the case is marked high-risk — why, and its plan (measures, responsible person,
 * review date) or a warning that it has none yet (acceptance waits for the leader and the plan).
 */
import { Alert, Card, Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CASE_FILE } from '../../locales/zh-CN';

export const CaseRiskPlanFragment = graphql(`
  fragment CaseRiskPlan on Case {
    id
    highRisk
    riskReason
    riskPlan {
      measures
      responsiblePerson
      reviewDate
      recordedAt
    }
  }
`);

export default function RiskPlanCard(props: { case: FragmentType<typeof CaseRiskPlanFragment> }) {
  const c = getFragmentData(CaseRiskPlanFragment, props.case);
  const t = CASE_FILE.risk;
  if (!c.highRisk) return null;
  return (
    <Card size="small" title={t.title} data-testid="case-risk-plan">
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t.reason} span={2}>{c.riskReason}</Descriptions.Item>
        {c.riskPlan ? (
          <>
            <Descriptions.Item label={t.measures} span={2}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="risk-plan-measures">{c.riskPlan.measures}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t.responsible}>{c.riskPlan.responsiblePerson}</Descriptions.Item>
            <Descriptions.Item label={t.review}>{dayjs(c.riskPlan.reviewDate).format('YYYY-MM-DD')}</Descriptions.Item>
            <Descriptions.Item label={t.recordedAt} span={2}>{dayjs(c.riskPlan.recordedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
          </>
        ) : (
          <Descriptions.Item label={t.plan} span={2}>
            <Alert type="warning" showIcon title={t.noPlan} data-testid="risk-plan-missing" />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
