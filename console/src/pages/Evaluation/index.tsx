/**
 * 考核与问责: the quarterly ranking of departments and mediators with its breakdown and 末位 marks
 * (freeze a quarter once it has ended), the accountability ledger of departments and persons with the
 * cases behind each count and the 约谈 records (记录约谈), and the monthly 以案定补 list with its CSV
 * export. Region and tab live in the URL.
 */
import { Card, Space, Tabs, Typography } from 'antd';
import { useAccess, useSession } from '../../app/session-hooks';
import RegionCascader from '../../components/RegionCascader';
import { EVALUATION } from '../../locales/zh-CN';
import { useUrlState } from '../../utils/useUrlState';
import Ledger from './Ledger';
import Ranking from './Ranking';
import Subsidies from './Subsidies';

const TABS = ['ranking', 'ledger', 'subsidy'] as const;
type Tab = (typeof TABS)[number];

interface State {
  region: string | null;
  tab: Tab;
}

const parse = (p: URLSearchParams): State => {
  const tab = p.get('tab') as Tab | null;
  return { region: p.get('region'), tab: tab && TABS.includes(tab) ? tab : 'ranking' };
};
/** Region and tab; a link's period (`year`, `quarter`, `month`: read by the tabs once) is kept. */
const serialize = (s: State) => {
  const keep = [...new URLSearchParams(window.location.search)].filter(([k]) => ['year', 'quarter', 'month'].includes(k));
  return new URLSearchParams([...(s.region ? [['region', s.region]] : []), ['tab', s.tab], ...keep]);
};

export default function EvaluationPage() {
  const session = useSession();
  const access = useAccess();
  const [state, go] = useUrlState<State>(parse, serialize);
  const regionId = state.region ?? session?.user.region.id ?? '';
  const hint = (tab: Tab) => <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{EVALUATION.hints[tab]}</Typography.Paragraph>;
  const items = [
    { key: 'ranking', label: EVALUATION.tabs.ranking, children: <>{hint('ranking')}<Ranking key={regionId} regionId={regionId} /></> },
    ...(access.accountabilityLedger ? [{ key: 'ledger', label: EVALUATION.tabs.ledger, children: <>{hint('ledger')}<Ledger key={regionId} regionId={regionId} /></> }] : []),
    ...(access.caseSubsidies ? [{ key: 'subsidy', label: EVALUATION.tabs.subsidy, children: <>{hint('subsidy')}<Subsidies key={regionId} regionId={regionId} /></> }] : []),
  ];
  const active = items.some((i) => i.key === state.tab) ? state.tab : 'ranking';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="evaluation-page">
      <Card
        size="small"
        title={EVALUATION.title}
        extra={(
          <Space>
            <span>{EVALUATION.region}</span>
            <div style={{ width: 260 }}><RegionCascader value={regionId} onChange={(id) => go({ ...state, region: id })} /></div>
          </Space>
        )}
      />
      <Card size="small">
        {regionId && <Tabs activeKey={active} onChange={(k) => go({ ...state, tab: k as Tab })} items={items} destroyOnHidden data-testid="evaluation-tabs" />}
      </Card>
    </Space>
  );
}
