/** 季度考核: departments and mediators ranked with each item's points, 末位 marked; 封存本季度 once it has ended. */
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, DatePicker, Popconfirm, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql } from '../../gql';
import type { EvaluationEntryFieldsFragment, EvaluationQuarterQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { useAccess } from '../../app/session-hooks';
import { EVALUATION } from '../../locales/zh-CN';
import { useManualScores, type ManualScore } from './manual-scores';

const t = EVALUATION;

const EvaluationEntryFields = graphql(`
  fragment EvaluationEntryFields on EvaluationEntry {
    subjectKind
    department { id name }
    mediator { id name }
    rank
    score
    gradeLabel
    bottom
    accepted
    items { key label weight count of rate points }
  }
`);

export const EvaluationQuarterDoc = graphql(`
  query EvaluationQuarter($regionId: ID!, $year: Int!, $quarter: Int!) {
    evaluationQuarter(regionId: $regionId, year: $year, quarter: $quarter) {
      year
      quarter
      frozen
      frozenAt
      letterDeduction
      bottomCount
      departments { ...EvaluationEntryFields }
      mediators { ...EvaluationEntryFields }
    }
  }
`);

const FreezeDoc = graphql(`
  mutation FreezeEvaluationQuarter($input: FreezeEvaluationQuarterInput!) {
    freezeEvaluationQuarter(input: $input) { year quarter frozen frozenAt }
  }
`);

type Quarter = EvaluationQuarterQuery['evaluationQuarter'];

type Entry = EvaluationEntryFieldsFragment;

/**
 * The quarter a link names (`?year=2026&quarter=4`), else the one before the current one: the one
 * usually evaluated (and the first that can be frozen).
 */
function initialQuarter(params: URLSearchParams): { year: number; quarter: number } {
  const year = Number(params.get('year'));
  const quarter = Number(params.get('quarter'));
  if (Number.isInteger(year) && year >= 2000 && [1, 2, 3, 4].includes(quarter)) return { year, quarter };
  const now = dayjs();
  const q = Math.floor(now.month() / 3) + 1;
  return q === 1 ? { year: now.year() - 1, quarter: 4 } : { year: now.year(), quarter: q - 1 };
}

function Breakdown({ entry, deduction }: { entry: Entry; deduction: number }) {
  return (
    <Space size={4} wrap>
      {entry.items.map((i) => i.points === null || i.points === undefined
        ? <Tag key={i.key}>{t.itemLeftOut(i.label)}</Tag>
        : (
          <Tooltip key={i.key} title={i.key === 'letters' ? t.letters(i.count, deduction) : `${i.count}/${i.of}`}>
            <Tag color={i.points < i.weight * 0.6 ? 'orange' : 'blue'} data-testid={`item-${i.key}`}>{t.item(i.label, i.points.toFixed(1), i.weight)}</Tag>
          </Tooltip>
        ))}
    </Space>
  );
}

function RankTable({ title, rows, deduction, testId, manual }: {
  title: string; rows: readonly Entry[]; deduction: number; testId: string; manual?: Map<string, ManualScore[]>;
}) {
  return (
    <Table<Entry>
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      rowKey={(r) => r.department?.id ?? r.mediator?.id ?? String(r.rank)}
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t.empty.ranking }}
      onRow={(r) => ({ style: r.bottom ? { background: '#fff1f0' } : undefined, 'data-bottom': r.bottom ? 'true' : 'false' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t.columns.rank, dataIndex: 'rank', width: 70, align: 'right' },
        {
          title: t.columns.subject, key: 'subject', width: 200,
          render: (_, r) => (
            <Space>
              <span>{r.department?.name ?? r.mediator?.name}</span>
              {r.bottom && <Tag color="red" data-testid="bottom-mark">{t.bottom}</Tag>}
            </Space>
          ),
        },
        { title: t.columns.score, dataIndex: 'score', width: 100, align: 'right', render: (v: number) => v.toFixed(1) },
        { title: t.columns.grade, dataIndex: 'gradeLabel', width: 80 },
        { title: t.columns.accepted, dataIndex: 'accepted', width: 90, align: 'right' },
        { title: t.columns.breakdown, key: 'items', render: (_, r) => <Breakdown entry={r} deduction={deduction} /> },
        ...(manual ? [{
          title: t.columns.manual, key: 'manual', width: 220,
          render: (_: unknown, r: Entry) => {
            const list = manual.get(r.department?.id ?? '') ?? [];
            return list.length === 0 ? <Typography.Text type="secondary">—</Typography.Text>
              : <Space size={4} wrap>{list.map((m) => <Tag key={m.id}>{t.manualScore(m.name, m.score.toFixed(1), m.gradeLabel)}</Tag>)}</Space>;
          },
        }] : []),
      ]}
      data-testid={testId}
    />
  );
}

export default function Ranking({ regionId }: { regionId: string }) {
  const [params] = useSearchParams();
  const [period, setPeriod] = useState(() => initialQuarter(params));
  const access = useAccess();
  const { message } = App.useApp();
  const variables = { regionId, ...period };
  const { data, loading, error } = useQuery(EvaluationQuarterDoc, { variables, fetchPolicy: 'cache-and-network' });
  const [freeze, { loading: freezing }] = useMutation(FreezeDoc, { refetchQueries: [{ query: EvaluationQuarterDoc, variables }], awaitRefetchQueries: true });
  const q: Quarter | undefined = data?.evaluationQuarter;
  const manual = useManualScores(regionId, period.year, period.quarter, Boolean(access.manualEvaluations));
  const rows = (list: Quarter['departments'] | undefined): readonly Entry[] => getFragmentData(EvaluationEntryFields, list ?? []);
  const ended = dayjs().isAfter(dayjs(`${period.year}-${String(period.quarter * 3).padStart(2, '0')}-01`).endOf('month'));
  const doFreeze = async () => {
    try {
      await freeze({ variables: { input: { regionId, ...period } } });
      message.success(t.frozenOk);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>{t.filters.year}</span>
        <DatePicker picker="year" value={dayjs(`${period.year}-01-01`)} allowClear={false} format="YYYY年" onChange={(d) => d && setPeriod({ ...period, year: d.year() })} data-testid="ranking-year" />
        <span>{t.filters.quarter}</span>
        <Segmented<number> value={period.quarter} onChange={(quarter) => setPeriod({ ...period, quarter })}
          options={[1, 2, 3, 4].map((n) => ({ value: n, label: t.quarterLabel(n) }))} data-testid="ranking-quarter" />
        {q && (q.frozen
          ? <Tag color="purple" data-testid="frozen-tag">{t.frozen(dayjs(q.frozenAt).format('YYYY-MM-DD HH:mm'))}</Tag>
          : <Tag data-testid="live-tag">{t.live}</Tag>)}
        {q && !q.frozen && ended && access.freezeEvaluation && (
          <Popconfirm title={t.freezeConfirm} onConfirm={() => void doFreeze()}>
            <Button loading={freezing} data-testid="freeze-quarter">{t.freeze}</Button>
          </Popconfirm>
        )}
        {q && <Typography.Text type="secondary">{t.weightsNote(q.letterDeduction, q.bottomCount)}</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon title={t.loadFailed} description={errorMessage(error)} />}
      <div data-loading={loading ? 'true' : 'false'} data-testid="ranking">
        <RankTable title={t.sections.departments} rows={rows(q?.departments)} deduction={q?.letterDeduction ?? 0} testId="ranking-departments"
          manual={access.manualEvaluations ? manual : undefined} />
        <div style={{ height: 16 }} />
        <RankTable title={t.sections.mediators} rows={rows(q?.mediators)} deduction={q?.letterDeduction ?? 0} testId="ranking-mediators" />
      </div>
    </Space>
  );
}
