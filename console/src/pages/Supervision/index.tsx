/**
 * 督办: what a supervisor works through — overdue cases, cases in their warning window, the letters
 * issued, each department's accountability for the year, and the risk warnings — for a region of
 * the jurisdiction (the user's own by default). Region and tab live in the URL; every list is paged
 * by the server and its rows lead to the case file.
 */
import { Card, Space, Tabs, Typography } from 'antd';
import { useSession, useAccess } from '../../app/session-hooks';
import RegionCascader from '../../components/RegionCascader';
import { SUPERVISION } from '../../locales/zh-CN';
import { useUrlState } from '../../utils/useUrlState';
import Accountability from './Accountability';
import DeadlineCases from './DeadlineCases';
import Letters from './Letters';
import Risks from './Risks';

const TABS = ['overdue', 'warning', 'letters', 'accountability', 'risks'] as const;
type Tab = (typeof TABS)[number];

interface State {
  region: string | null;
  tab: Tab;
}

const parse = (p: URLSearchParams): State => {
  const tab = p.get('tab') as Tab | null;
  return { region: p.get('region'), tab: tab && TABS.includes(tab) ? tab : 'overdue' };
};
const serialize = (s: State) => new URLSearchParams([...(s.region ? [['region', s.region]] : []), ['tab', s.tab]]);

export default function SupervisionPage() {
  const session = useSession();
  const access = useAccess();
  const [state, go] = useUrlState<State>(parse, serialize);
  const regionId = state.region ?? session?.user.region.id ?? '';
  const hint = (tab: Tab) => <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{SUPERVISION.hints[tab]}</Typography.Paragraph>;
  const items = [
    { key: 'overdue', label: SUPERVISION.tabs.overdue, children: <>{hint('overdue')}<DeadlineCases key={regionId} regionId={regionId} which="overdue" /></> },
    { key: 'warning', label: SUPERVISION.tabs.warning, children: <>{hint('warning')}<DeadlineCases key={regionId} regionId={regionId} which="warning" /></> },
    { key: 'letters', label: SUPERVISION.tabs.letters, children: <>{hint('letters')}<Letters key={regionId} regionId={regionId} /></> },
    ...(access.accountability ? [{ key: 'accountability', label: SUPERVISION.tabs.accountability, children: <>{hint('accountability')}<Accountability regionId={regionId} /></> }] : []),
    { key: 'risks', label: SUPERVISION.tabs.risks, children: <>{hint('risks')}<Risks key={regionId} regionId={regionId} /></> },
  ];
  const active = items.some((i) => i.key === state.tab) ? state.tab : 'overdue';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="supervision-page">
      <Card
        size="small"
        title={SUPERVISION.title}
        extra={(
          <Space>
            <span>{SUPERVISION.region}</span>
            <div style={{ width: 260 }}><RegionCascader value={regionId} onChange={(id) => go({ ...state, region: id })} /></div>
          </Space>
        )}
      />
      <Card size="small">
        {regionId && <Tabs activeKey={active} onChange={(k) => go({ ...state, tab: k as Tab })} items={items} destroyOnHidden data-testid="supervision-tabs" />}
      </Card>
    </Space>
  );
}
