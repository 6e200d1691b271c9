/**
 * 时限与阶梯配置: the county's rules in force (ladder steps, days per complexity, calendar) and every
 * earlier version, for the county of the signed-in account. An ADMIN edits them (saved as a new
 * version; cases registered before keep theirs); a LEADER reads them.
 */
import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useAccess, useSession } from '../../app/session-hooks';
import { errorMessage } from '../../app/errors';
import { getFragmentData } from '../../gql';
import type { CountyPolicyFieldsFragment } from '../../gql/graphql';
import { POLICY } from '../../locales/zh-CN';
import { CountyPolicyFieldsDoc, CountyPolicyPageDoc } from './documents';
import PolicyForm from './PolicyForm';
import PolicyView from './PolicyView';

const t = POLICY;
const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');

export default function CountyPolicyPage() {
  const session = useSession();
  const access = useAccess();
  const county = (session?.user.region.code ?? '').slice(0, 6);
  const { data, loading, error, refetch } = useQuery(CountyPolicyPageDoc, { variables: { county }, skip: !county, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const current = getFragmentData(CountyPolicyFieldsDoc, data?.countyPolicy) ?? null;
  const versions = getFragmentData(CountyPolicyFieldsDoc, data?.countyPolicyVersions ?? []);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="policy-page">
      <Card size="small" title={t.title} extra={<Typography.Text type="secondary">{t.county(county)}</Typography.Text>}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t.hint}</Typography.Paragraph>
        {!access.updateCountyPolicy && <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t.readOnly}</Typography.Paragraph>}
      </Card>
      {error && <Alert type="error" title={errorMessage(error)} />}
      <Card
        size="small" loading={loading && !current}
        title={<Space>{t.current}{current && <Tag color="blue" data-testid="policy-version">{t.version(current.label)}</Tag>}</Space>}
        extra={access.updateCountyPolicy && current && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="policy-edit">{t.edit}</Button>
        )}
      >
        {current && <PolicyView policy={current} />}
      </Card>
      <Card size="small" title={t.history}>
        <Table
          size="small" rowKey="version" pagination={false} dataSource={[...versions]} data-testid="policy-history"
          columns={[
            { title: t.columns.version, dataIndex: 'label', width: 110 },
            { title: t.columns.changedAt, dataIndex: 'changedAt', width: 180, render: when },
            { title: t.columns.changedBy, key: 'by', width: 120, render: (_: unknown, v: CountyPolicyFieldsFragment) => v.changedBy?.displayName ?? '—' },
            {
              title: t.columns.summary, key: 'summary',
              render: (_: unknown, v: CountyPolicyFieldsFragment) => t.summary(v.ladder.name, v.ladder.totalDays, v.deadlinePolicy.days.GENERAL, v.deadlinePolicy.workingDays),
            },
            { title: t.columns.reason, dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
          ]}
        />
      </Card>
      {current && editing && (
        <PolicyForm policy={current} open={editing} onClose={() => setEditing(false)} onSaved={() => void refetch()} />
      )}
    </Space>
  );
}
