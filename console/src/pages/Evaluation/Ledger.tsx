/** 问责台账: departments and persons by unsatisfied visits (累计 → 约谈, 当年 → 取消评先), the cases behind each count and the 约谈 records. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Descriptions, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import type { AccountabilityLedgerQuery, SubjectKind } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { useAccess } from '../../app/session-hooks';
import { EVALUATION } from '../../locales/zh-CN';
import SummonsForm from './SummonsForm';

const t = EVALUATION;

export const AccountabilityLedgerDoc = graphql(`
  query AccountabilityLedger($regionId: ID!, $year: Int!, $subjectKind: SubjectKind) {
    accountabilityLedger(regionId: $regionId, year: $year, subjectKind: $subjectKind) {
      subjectKind
      department { id name }
      mediator { id name }
      year
      followUps
      unsatisfied
      cumulativeUnsatisfied
      summoned
      barred
      status
      cases { case { id } caseCode ratedAt inYear }
      summonses { id heldAt heldBy outcome unsatisfiedCount }
    }
  }
`);

type Row = AccountabilityLedgerQuery['accountabilityLedger'][number];
const nameOf = (r: Row) => r.department?.name ?? r.mediator?.name ?? '';
const idOf = (r: Row) => r.department?.id ?? r.mediator?.id ?? '';

function Details({ row }: { row: Row }) {
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t.columns.cases}>
        <Space wrap data-testid="ledger-cases">
          {row.cases.map((c) => (
            <Link key={`${c.case.id}-${c.ratedAt}`} to={`/cases/${c.case.id}`}>
              <Tag color={c.inYear ? 'orange' : undefined}>{c.caseCode}（{dayjs(c.ratedAt).format('YYYY-MM-DD')}{c.inYear ? '' : ` ${t.lastYear}`}）</Tag>
            </Link>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t.columns.summonses}>
        {row.summonses.length === 0 ? <Typography.Text type="secondary">{t.noSummons}</Typography.Text> : (
          <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="ledger-summonses">
            {row.summonses.map((s) => (
              <li key={s.id}>{dayjs(s.heldAt).format('YYYY-MM-DD HH:mm')} · {s.heldBy} · {t.columns.countAtTime} {s.unsatisfiedCount} · {s.outcome}</li>
            ))}
          </ul>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

export default function Ledger({ regionId }: { regionId: string }) {
  const [year, setYear] = useState(() => dayjs().year());
  const [kind, setKind] = useState<SubjectKind>('DEPARTMENT');
  const [summoning, setSummoning] = useState<Row | null>(null);
  const access = useAccess();
  const variables = { regionId, year, subjectKind: kind };
  const { data, loading, error } = useQuery(AccountabilityLedgerDoc, { variables, fetchPolicy: 'cache-and-network' });
  const c = t.columns;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t.filters.year}</span>
        <DatePicker picker="year" value={dayjs(`${year}-01-01`)} allowClear={false} format="YYYY年" onChange={(d) => d && setYear(d.year())} />
        <Segmented<SubjectKind> value={kind} onChange={setKind} data-testid="ledger-kind"
          options={(['DEPARTMENT', 'MEDIATOR'] as const).map((k) => ({ value: k, label: t.kinds[k] }))} />
      </Space>
      {error && <Alert type="error" showIcon title={t.loadFailed} description={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey={(r) => `${r.subjectKind}-${idOf(r)}`}
        size="middle"
        loading={loading}
        pagination={false}
        dataSource={data?.accountabilityLedger ?? []}
        locale={{ emptyText: loading ? <span /> : t.empty.ledger }}
        expandable={{ expandedRowRender: (r) => <Details row={r} />, rowExpandable: (r) => r.cases.length > 0 || r.summonses.length > 0 }}
        columns={[
          { title: kind === 'DEPARTMENT' ? c.department : c.mediator, key: 'subject', render: (_, r) => nameOf(r) },
          { title: c.followUps, dataIndex: 'followUps', align: 'right', width: 100 },
          { title: c.unsatisfied, dataIndex: 'unsatisfied', align: 'right', width: 110 },
          { title: c.cumulative, dataIndex: 'cumulativeUnsatisfied', align: 'right', width: 110 },
          {
            title: c.status, key: 'status', width: 150,
            render: (_, r) => <Tag color={r.barred ? 'red' : r.summoned ? 'orange' : 'green'}>{r.status}</Tag>,
          },
          { title: c.summonses, key: 'summonses', width: 100, align: 'right', render: (_, r) => r.summonses.length },
          ...(access.recordSummons ? [{
            title: '', key: 'actions', width: 110,
            render: (_: unknown, r: Row) => r.cumulativeUnsatisfied > 0 && (
              <Button size="small" onClick={() => setSummoning(r)} data-testid={`summon-${idOf(r)}`}>{t.summon}</Button>
            ),
          }] : []),
        ]}
        data-testid="ledger-table"
        data-loading={loading ? 'true' : 'false'}
      />
      {summoning && (
        <SummonsForm
          regionId={regionId}
          subjectKind={summoning.subjectKind}
          subjectId={idOf(summoning)}
          name={nameOf(summoning)}
          onClose={() => setSummoning(null)}
          refetch={[{ query: AccountabilityLedgerDoc, variables }]}
        />
      )}
    </>
  );
}
