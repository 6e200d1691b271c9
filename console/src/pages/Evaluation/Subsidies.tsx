/** 以案定补: per mediator the month's cases handled and resolved, the amount at the county's rates; 导出 CSV from the same typed query. */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import type { CaseSubsidiesQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { DISPUTE_TYPE } from '../../locales/zh-CN/enums';
import { EVALUATION } from '../../locales/zh-CN';
import { downloadCsv, subsidyCsv } from './csv';

const t = EVALUATION;

export const CaseSubsidiesDoc = graphql(`
  query CaseSubsidies($regionId: ID!, $month: String!) {
    caseSubsidies(regionId: $regionId, month: $month) {
      month
      handled
      closed
      amount
      rates { type rate }
      mediators {
        mediator { id name }
        handled
        closed
        amount
        lines { type handled closed rate amount }
      }
    }
  }
`);

type Row = CaseSubsidiesQuery['caseSubsidies']['mediators'][number];

export default function Subsidies({ regionId }: { regionId: string }) {
  // The month a link names (`?month=2026-11`), else the month just ended: the one paid.
  const [params] = useSearchParams();
  const [month, setMonth] = useState(() => (/^\d{4}-(0[1-9]|1[0-2])$/.test(params.get('month') ?? '') ? params.get('month')! : dayjs().subtract(1, 'month').format('YYYY-MM')));
  const { data, loading, error } = useQuery(CaseSubsidiesDoc, { variables: { regionId, month }, fetchPolicy: 'cache-and-network' });
  const report = data?.caseSubsidies;
  const c = t.columns;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t.filters.month}</span>
        <DatePicker picker="month" value={dayjs(`${month}-01`)} allowClear={false} format="YYYY年MM月" onChange={(d) => d && setMonth(d.format('YYYY-MM'))} data-testid="subsidy-month" />
        <Button icon={<DownloadOutlined />} disabled={!report} onClick={() => report && downloadCsv(t.csvName(report.month), subsidyCsv(report))} data-testid="subsidy-export">
          {t.exportCsv}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={t.loadFailed} description={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey={(r) => r.mediator.id}
        size="middle"
        loading={loading}
        pagination={false}
        dataSource={report?.mediators ?? []}
        locale={{ emptyText: loading ? <span /> : t.empty.subsidy }}
        expandable={{
          expandedRowRender: (r) => (
            <Space wrap>
              {r.lines.map((l) => <Tag key={l.type}>{DISPUTE_TYPE[l.type]}：{c.handled} {l.handled} · {c.closed} {l.closed} × {l.rate} 元 = {l.amount} 元</Tag>)}
            </Space>
          ),
        }}
        columns={[
          { title: c.mediator, key: 'mediator', render: (_, r) => r.mediator.name },
          { title: c.handled, dataIndex: 'handled', align: 'right', width: 100 },
          { title: c.closed, dataIndex: 'closed', align: 'right', width: 100 },
          { title: c.amount, dataIndex: 'amount', align: 'right', width: 140, render: (v: number) => v.toLocaleString('zh-CN') },
        ]}
        summary={() => report && report.mediators.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>{t.total}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{report.handled}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{report.closed}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right"><span data-testid="subsidy-total">{report.amount.toLocaleString('zh-CN')}</span></Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        data-testid="subsidy-table"
        data-loading={loading ? 'true' : 'false'}
      />
      {report && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t.ratesTitle}：{report.rates.map((r) => `${DISPUTE_TYPE[r.type]} ${r.rate} 元/件`).join('；')}
        </Typography.Paragraph>
      )}
    </>
  );
}
