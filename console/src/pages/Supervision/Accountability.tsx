/** 问责情况: per lead department, the year's follow-up visits and unsatisfied ratings (约谈 at 3, 取消评先 at 5). */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DatePicker, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import type { AccountabilityQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { SUPERVISION } from '../../locales/zh-CN';

const AccountabilityDoc = graphql(`
  query Accountability($regionId: ID!, $year: Int!) {
    accountability(regionId: $regionId, year: $year) {
      department {
        id
        name
      }
      year
      followUps
      unsatisfied
      summoned
      barred
      status
    }
  }
`);

type Row = AccountabilityQuery['accountability'][number];

export default function Accountability({ regionId }: { regionId: string }) {
  const [year, setYear] = useState(() => dayjs().year());
  const { data, loading, error } = useQuery(AccountabilityDoc, { variables: { regionId, year }, fetchPolicy: 'cache-and-network' });
  const c = SUPERVISION.columns;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <span>{SUPERVISION.filters.year}</span>
        <DatePicker picker="year" value={dayjs(`${year}-01-01`)} allowClear={false} format="YYYY年" onChange={(d) => d && setYear(d.year())} />
      </Space>
      {error && <Alert type="error" showIcon title={SUPERVISION.loadFailed} description={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey={(r) => r.department.id}
        size="middle"
        loading={loading}
        pagination={false}
        dataSource={data?.accountability ?? []}
        locale={{ emptyText: loading ? <span /> : SUPERVISION.empty.accountability }}
        columns={[
          { title: c.department, key: 'department', render: (_, r) => r.department.name },
          { title: c.followUps, dataIndex: 'followUps', align: 'right', width: 110 },
          { title: c.unsatisfied, dataIndex: 'unsatisfied', align: 'right', width: 110 },
          {
            title: c.status2, key: 'status', width: 180,
            render: (_, r) => <Tag color={r.barred ? 'red' : r.summoned ? 'orange' : 'green'}>{r.status}</Tag>,
          },
        ]}
        data-testid="accountability-table"
        data-loading={loading ? 'true' : 'false'}
      />
    </>
  );
}
