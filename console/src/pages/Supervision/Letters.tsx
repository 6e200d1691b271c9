/**
 * 督办文书: the letters about the jurisdiction's cases, newest first, by kind, issue date and answer state;
 * each with its due date and state (逾期未反馈 in red), a link to its print page, and 反馈 while it waits.
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { LetterKind, LetterState, SupervisionLettersQuery } from '../../gql/graphql';
import { useAccess } from '../../app/session-hooks';
import AnswerLetterForm from '../../components/AnswerLetterForm';
import { periodRange } from '../../utils/period';
import { LETTER_KIND, LETTER_STATE, LETTER_STATE_COLOR } from '../../locales/zh-CN/enums';
import { DOCUMENTS, SUPERVISION } from '../../locales/zh-CN';
import { PAGE_SIZE, PagedTable, useCursorPages } from './Pager';

const SupervisionLettersDoc = graphql(`
  query SupervisionLetters($regionId: ID!, $kind: LetterKind, $state: LetterState, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    supervisionLetters(regionId: $regionId, kind: $kind, state: $state, from: $from, to: $to, first: $first, after: $after) {
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
          dueAt
          state
          printUrl
          addressee
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
const KIND_COLOR: Record<LetterKind, string> = { ASSIGNMENT: 'blue', FEEDBACK: 'green', SUPERVISION: 'red', REMINDER: 'orange', RISK_WARNING: 'volcano', ACCEPTANCE_NOTICE: 'cyan' };

function LetterTable({ regionId, kind, state, days }: { regionId: string; kind: LetterKind | null; state: LetterState | null; days: [Dayjs, Dayjs] | null }) {
  const pages = useCursorPages();
  const access = useAccess();
  const [answering, setAnswering] = useState<Letter | null>(null);
  // Whole days in Beijing time, the last one included (as the statistics periods).
  const range = days ? periodRange({ kind: 'custom', at: days[0].format('YYYY-MM-DD'), end: days[1].format('YYYY-MM-DD') }) : null;
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  const { data, loading, error } = useQuery(SupervisionLettersDoc, {
    variables: { regionId, kind, state, from, to, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const conn = data?.supervisionLetters;
  const c = SUPERVISION.columns;
  const columns: ColumnsType<Letter> = [
    { title: c.number, dataIndex: 'number', width: 210 },
    { title: c.kind, dataIndex: 'kind', width: 110, render: (k: LetterKind, l) => <Tag color={KIND_COLOR[k]}>{l.kindName}</Tag> },
    { title: c.dueAt, dataIndex: 'dueAt', width: 140, render: (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : DOCUMENTS.noDue) },
    {
      title: c.state, dataIndex: 'state', width: 110,
      render: (st: LetterState) => <Tag color={LETTER_STATE_COLOR[st]} data-testid="letter-state" data-state={st}>{LETTER_STATE[st]}</Tag>,
    },
    {
      title: c.case, key: 'case', ellipsis: true,
      render: (_, l) => <Link to={`/cases/${l.case.id}`}>{l.case.code}</Link>,
    },
    { title: c.title, key: 'title', ellipsis: true, render: (_, l) => <Typography.Text title={l.case.title}>{l.case.title}</Typography.Text> },
    { title: c.to, key: 'to', width: 150, ellipsis: true, render: (_, l) => l.to?.name ?? l.addressee ?? SUPERVISION.center },
    { title: c.issuedAt, dataIndex: 'issuedAt', width: 140, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
    { title: c.automatic, dataIndex: 'automatic', width: 90, render: (a: boolean) => (a ? SUPERVISION.auto : SUPERVISION.manual) },
    {
      title: c.actions, key: 'actions', width: 130, fixed: 'right',
      render: (_, l) => (
        <Space size={4}>
          <Link to={l.printUrl} data-testid="letter-print-link">{DOCUMENTS.print}</Link>
          {access.answerLetter && (l.state === 'OPEN' || l.state === 'OVERDUE') && (
            <Button size="small" type="link" onClick={() => setAnswering(l)} data-testid="letter-answer">{DOCUMENTS.answer}</Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <PagedTable<Letter> conn={conn} loading={loading} error={error} columns={columns} empty={SUPERVISION.empty.letters} testId="letters"
        scrollX={1480} pages={pages} onRow={(l) => ({ 'data-testid': `letter-row-${l.id}` } as React.HTMLAttributes<HTMLElement>)} />
      {answering && <AnswerLetterForm letter={answering} refetchQueries={['SupervisionLetters']} onClose={() => setAnswering(null)} />}
    </>
  );
}

export default function Letters({ regionId }: { regionId: string }) {
  const [kind, setKind] = useState<LetterKind | null>(null);
  const [state, setState] = useState<LetterState | null>(null);
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
        <span>{f.state}</span>
        <Select<LetterState>
          value={state ?? undefined}
          onChange={(v) => setState(v ?? null)}
          allowClear
          placeholder={f.anyState}
          style={{ width: 140 }}
          options={(['OPEN', 'OVERDUE', 'ANSWERED', 'NONE'] as LetterState[]).map((v) => ({ value: v, label: LETTER_STATE[v] }))}
          data-testid="letters-state"
        />
        <span>{f.issued}</span>
        <DatePicker.RangePicker value={days} onChange={(r) => setDays(r?.[0] && r[1] ? [r[0], r[1]] : null)} />
      </Space>
      <LetterTable key={`${regionId}|${kind}|${state}|${days?.map((d) => d.format('YYYY-MM-DD')).join('~')}`} regionId={regionId} kind={kind} state={state} days={days} />
    </>
  );
}
