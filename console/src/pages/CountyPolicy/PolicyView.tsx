/** The rules of one version, read-only: the ladder's steps, the days per complexity, the calendar. */
import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { CountyPolicyFieldsFragment } from '../../gql/graphql';
import { COMPLEXITY, DEPARTMENT_KIND, REGION_LEVEL } from '../../locales/zh-CN/enums';
import { POLICY } from '../../locales/zh-CN';

const t = POLICY;
const COMPLEXITIES = ['SIMPLE', 'GENERAL', 'COMPLEX', 'DIFFICULT'] as const;

function Dates({ dates, testId }: { dates: readonly string[]; testId: string }) {
  if (!dates.length) return <Typography.Text type="secondary">{t.none}</Typography.Text>;
  return <Space size={[4, 4]} wrap data-testid={testId}>{dates.map((d) => <Tag key={d}>{d}</Tag>)}</Space>;
}

export default function PolicyView({ policy }: { policy: CountyPolicyFieldsFragment }) {
  const { ladder, deadlinePolicy: d, calendar, consultation } = policy;
  const unit = d.workingDays ? t.unit.working : t.unit.calendar;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={5}>{t.ladder}：{ladder.name}（{t.ladderTotal(ladder.totalDays)}）</Typography.Title>
        <Table
          size="small" pagination={false} rowKey="key" dataSource={ladder.steps} data-testid="policy-steps"
          columns={[
            { title: t.columns.name, dataIndex: 'name' },
            { title: t.columns.key, dataIndex: 'key', render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
            { title: t.columns.level, dataIndex: 'level', render: (l: keyof typeof REGION_LEVEL) => REGION_LEVEL[l] },
            { title: t.columns.centerLevel, dataIndex: 'centerLevel', render: (l: keyof typeof REGION_LEVEL) => `${REGION_LEVEL[l]}综治中心` },
            { title: t.columns.days, dataIndex: 'days', render: (days: number | null) => days ?? <Typography.Text type="secondary">{t.columns.noLimit}</Typography.Text> },
          ]}
        />
      </div>
      <Descriptions size="small" bordered column={2} title={t.deadlines} data-testid="policy-deadlines"
        items={[
          ...COMPLEXITIES.map((c) => ({ key: c, label: COMPLEXITY[c].replace(/（.*）$/, ''), children: `${d.days[c]} ${unit}` })),
          { key: 'mode', label: t.countMode, children: d.workingDays ? t.working : t.calendarDays },
          { key: 'share', label: t.warningShare, children: `${Math.round(d.warningShare * 100)}%` },
        ]}
      />
      <Descriptions size="small" bordered column={1} title={t.calendar} styles={{ label: { width: 180 } }}
        items={[
          { key: 'h', label: t.holidays, children: <Dates dates={calendar.holidays} testId="policy-holidays" /> },
          { key: 'x', label: t.extraWorkdays, children: <Dates dates={calendar.extraWorkdays} testId="policy-extra-workdays" /> },
          { key: 'k', label: t.consultation, children: consultation.requiredKinds.map((k) => DEPARTMENT_KIND[k]).join('、') || t.none },
        ]}
      />
    </Space>
  );
}
