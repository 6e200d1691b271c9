/** 风险预警: the three-level early warnings raised in the jurisdiction, newest first, by level. */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { RiskLevel, RiskWarningsQuery } from '../../gql/graphql';
import { RISK_LEVEL } from '../../locales/zh-CN/enums';
import { SUPERVISION } from '../../locales/zh-CN';
import { PAGE_SIZE, PagedTable, useCursorPages } from './Pager';

const RiskWarningsDoc = graphql(`
  query RiskWarnings($regionId: ID!, $level: RiskLevel, $first: Int, $after: String) {
    riskWarnings(regionId: $regionId, level: $level, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          level
          rule
          ruleName
          reason
          raisedAt
          letter {
            id
            number
          }
          case {
            id
            code
            title
          }
        }
      }
    }
  }
`);

type Risk = RiskWarningsQuery['riskWarnings']['edges'][number]['node'];
const LEVEL_COLOR: Record<RiskLevel, string> = { YELLOW: 'gold', ORANGE: 'orange', RED: 'red' };

function RiskTable({ regionId, level }: { regionId: string; level: RiskLevel | null }) {
  const pages = useCursorPages();
  const { data, loading, error } = useQuery(RiskWarningsDoc, { variables: { regionId, level, first: PAGE_SIZE, after: pages.after }, fetchPolicy: 'cache-and-network' });
  const conn = data?.riskWarnings;
  const c = SUPERVISION.columns;
  const columns: ColumnsType<Risk> = [
    { title: c.level, dataIndex: 'level', width: 100, render: (l: RiskLevel) => <Tag color={LEVEL_COLOR[l]}>{RISK_LEVEL[l]}</Tag> },
    { title: c.rule, dataIndex: 'ruleName', width: 150, ellipsis: true },
    { title: c.reason, dataIndex: 'reason', ellipsis: true, render: (t: string) => <Typography.Text title={t}>{t}</Typography.Text> },
    { title: c.case, key: 'case', width: 210, render: (_, r) => <Link to={`/cases/${r.case.id}`}>{r.case.code}</Link> },
    { title: c.raisedAt, dataIndex: 'raisedAt', width: 140, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
    { title: c.letter, key: 'letter', width: 200, render: (_, r) => r.letter?.number ?? '—' },
  ];
  return (
    <PagedTable<Risk> conn={conn} loading={loading} error={error} columns={columns} empty={SUPERVISION.empty.risks} testId="risks"
      scrollX={1050} pages={pages} />
  );
}

export default function Risks({ regionId }: { regionId: string }) {
  const [level, setLevel] = useState<RiskLevel | null>(null);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <span>{SUPERVISION.filters.level}</span>
        <Select<RiskLevel>
          value={level ?? undefined}
          onChange={(l) => setLevel(l ?? null)}
          allowClear
          placeholder={SUPERVISION.filters.anyLevel}
          style={{ width: 140 }}
          options={(Object.keys(RISK_LEVEL) as RiskLevel[]).map((l) => ({ value: l, label: RISK_LEVEL[l] }))}
        />
      </Space>
      <RiskTable key={`${regionId}|${level}`} regionId={regionId} level={level} />
    </>
  );
}
