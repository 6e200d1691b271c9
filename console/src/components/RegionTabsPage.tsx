/**
 * The frame of a screen that works through one region of the jurisdiction in tabs (督办, 考核与问责): a
 * header card with the title and the region picker (the user's own region by default), and the tabs,
 * each with its hint and its content for the chosen region. Region and tab live in the URL, together
 * with any `keep` parameters a link brought (read once by the tabs, e.g. a period).
 */
import type { ReactNode } from 'react';
import { Card, Space, Tabs, Typography } from 'antd';
import { useSession } from '../app/session-hooks';
import { useUrlState } from '../utils/useUrlState';
import RegionCascader from './RegionCascader';

export interface RegionTab {
  key: string;
  label: string;
  hint: string;
  /** The tab's content for a region (remounted per region by the caller's `key` where it keeps state). */
  render: (regionId: string) => ReactNode;
}

interface Props {
  title: string;
  regionLabel: string;
  /** `data-testid` of the page; the tabs get `<testId>`'s stem + `-tabs`. */
  testId: string;
  /** The tabs the user may see, the first being the default. */
  tabs: RegionTab[];
  /** Query parameters other than region and tab that survive a change of region or tab. */
  keep?: readonly string[];
}

interface State {
  region: string | null;
  tab: string | null;
}

export default function RegionTabsPage({ title, regionLabel, testId, tabs, keep = [] }: Props) {
  const session = useSession();
  const [state, go] = useUrlState<State>(
    (p) => ({ region: p.get('region'), tab: p.get('tab') }),
    (s) => {
      const kept = [...new URLSearchParams(window.location.search)].filter(([k]) => keep.includes(k));
      return new URLSearchParams([...(s.region ? [['region', s.region]] : []), ...(s.tab ? [['tab', s.tab]] : []), ...kept]);
    },
  );
  const regionId = state.region ?? session?.user.region.id ?? '';
  const active = tabs.some((t) => t.key === state.tab) ? state.tab! : tabs[0]?.key;
  const items = tabs.map((t) => ({
    key: t.key,
    label: t.label,
    children: <><Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t.hint}</Typography.Paragraph>{t.render(regionId)}</>,
  }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid={testId}>
      <Card
        size="small"
        title={title}
        extra={(
          <Space>
            <span>{regionLabel}</span>
            <div style={{ width: 260 }}><RegionCascader value={regionId} onChange={(id) => go({ region: id, tab: active ?? null })} /></div>
          </Space>
        )}
      />
      <Card size="small">
        {regionId && <Tabs activeKey={active} onChange={(k) => go({ region: state.region, tab: k })} items={items} destroyOnHidden data-testid={testId.replace(/-page$/, '-tabs')} />}
      </Card>
    </Space>
  );
}
