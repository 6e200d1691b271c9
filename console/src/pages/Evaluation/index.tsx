/**
 * 考核与问责: the quarterly ranking of departments and mediators with its breakdown and 末位 marks
 * (freeze a quarter once it has ended), the accountability ledger of departments and persons with the
 * cases behind each count and the 约谈 records (记录约谈), and the monthly 以案定补 list with its CSV
 * export. Region and tab live in the URL; a link's period (`year`, `quarter`, `month`) is kept.
 */
import { useAccess } from '../../app/session-hooks';
import RegionTabsPage, { type RegionTab } from '../../components/RegionTabsPage';
import { EVALUATION } from '../../locales/zh-CN';
import Ledger from './Ledger';
import Ranking from './Ranking';
import Subsidies from './Subsidies';

const PERIOD = ['year', 'quarter', 'month'] as const;

export default function EvaluationPage() {
  const access = useAccess();
  const tabs: RegionTab[] = [
    { key: 'ranking', label: EVALUATION.tabs.ranking, hint: EVALUATION.hints.ranking, render: (r) => <Ranking key={r} regionId={r} /> },
    ...(access.accountabilityLedger ? [{ key: 'ledger', label: EVALUATION.tabs.ledger, hint: EVALUATION.hints.ledger, render: (r: string) => <Ledger key={r} regionId={r} /> }] : []),
    ...(access.caseSubsidies ? [{ key: 'subsidy', label: EVALUATION.tabs.subsidy, hint: EVALUATION.hints.subsidy, render: (r: string) => <Subsidies key={r} regionId={r} /> }] : []),
  ];
  return <RegionTabsPage title={EVALUATION.title} regionLabel={EVALUATION.region} testId="evaluation-page" tabs={tabs} keep={PERIOD} />;
}
