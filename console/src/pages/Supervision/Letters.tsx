/** 督办文书: the letters about the jurisdiction's cases, newest first, by kind and issue date. */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DatePicker, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { LetterKind, SupervisionLettersQuery } from '../../gql/graphql';
import { periodRange } from '../../utils/period';
import { LETTER_KIND } from '../../locales/zh-CN/enums';
import { SUPERVISION } from '../../locales/zh-CN';
import { PAGE_SIZE, PagedTable, useCursorPages } from './Pager';

const SupervisionLettersDoc = graphql(`
  query SupervisionLetters($regionId: ID!, $kind: LetterKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    supervisionLetters(regionId: $regionId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          kind
          kindName
          issuedAt
          automatic
          note
          to {
            id
            name
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

type Letter = SupervisionLettersQuery['supervisionLetters']['edges'][number]['node'];
const KIND_COLOR: Record<LetterKind, string> = { ASSIGNMENT: 'blue', FEEDBACK: 'green', SUPERVISION: 'red', REMINDER: 'orange', RISK_WARNING: 'volcano' };

function LetterTable({ regionId, kind, days }: { regionId: string; kind: LetterKind | null; days: [Dayjs, Dayjs] | null }) {
  const pages = useCursorPages();
  // Whole days in Beijing time, the last one included (as the statistics periods).
  const range = days ? periodRange({ kind: 'custom', at: days[0].format('YYYY-MM-DD'), end: days[1].format('YYYY-MM-DD') }) : null;
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  const { data, loading, error } = useQuery(SupervisionLettersDoc, {
    variables: { regionId, kind, from, to, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const conn = data?.supervisionLetters;
  const c = SUPERVISION.columns;
  const columns: ColumnsType<Letter> = [
    { title: c.number, dataIndex: 'number', width: 210 },
    { title: c.kind, dataIndex: 'kind', width: 110, render: (k: LetterKind, l) => <Tag color={KIND_COLOR[k]}>{l.kindName}</Tag> },
    {
      title: c.case, key: 'case', ellipsis: true,
      render: (_, l) => <Link to={`/cases/${l.case.id}`}>{l.case.code}</Link>,
    },
    { title: c.title, key: 'title', ellipsis: true, render: (_, l) => <Typography.Text title={l.case.title}>{l.case.title}</Typography.Text> },
    { title: c.to, key: 'to', width: 150, ellipsis: true, render: (_, l) => l.to?.name ?? SUPERVISION.center },
    { title: c.issuedAt, dataIndex: 'issuedAt', width: 140, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
    { title: c.automatic, dataIndex: 'automatic', width: 90, render: (a: boolean) => (a ? SUPERVISION.auto : SUPERVISION.manual) },
  ];
  return (
    <PagedTable<Letter> conn={conn} loading={loading} error={error} columns={columns} empty={SUPERVISION.empty.letters} testId="letters"
      scrollX={1050} pages={pages} onRow={(l) => ({ 'data-testid': `letter-row-${l.id}` } as React.HTMLAttributes<HTMLElement>)} />
  );
}

export default function Letters({ regionId }: { regionId: string }) {
  const [kind, setKind] = useState<LetterKind | null>(null);
  const [days, setDays] = useState<[Dayjs, Dayjs] | null>(null);
  const f = SUPERVISION.filters;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{f.kind}</span>
        <Select<LetterKind>
          value={kind ?? undefined}
          onChange={(k) => setKind(k ?? null)}
          allowClear
          placeholder={f.anyKind}
          style={{ width: 150 }}
          options={(Object.keys(LETTER_KIND) as LetterKind[]).map((k) => ({ value: k, label: LETTER_KIND[k] }))}
          data-testid="letters-kind"
        />
        <span>{f.issued}</span>
        <DatePicker.RangePicker value={days} onChange={(r) => setDays(r?.[0] && r[1] ? [r[0], r[1]] : null)} />
      </Space>
      <LetterTable key={`${regionId}|${kind}|${days?.map((d) => d.format('YYYY-MM-DD')).join('~')}`} regionId={regionId} kind={kind} days={days} />
    </>
  );
}
