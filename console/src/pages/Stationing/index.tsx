/**
 * 入驻与轮驻 ("8+14+N") for a center's ADMIN / LEADER: 今日在岗, the month's rota on the rotating
 * windows (安排轮驻, 删除), the stationed departments with their windows and plans (调整入驻, 新增入驻), the
 * hall's windows (窗口设置) and the on-call departments' contacts. The month is kept in the URL.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Empty, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { useAccess, useSession } from '../../app/session-hooks';
import { errorMessage } from '../../app/errors';
import { useUrlState } from '../../utils/useUrlState';
import { getFragmentData } from '../../gql';
import { STATIONING } from '../../locales/zh-CN';
import { DutyFieldsDoc, RemoveRotaDoc, StationingCenterDoc, StationingOverviewDoc } from './documents';
import PlanForm from './PlanForm';
import StationingForm, { type StationingRow } from './StationingForm';
import WindowsCard from './WindowsCard';

const t = STATIONING;
const modeTag = (mode: string) => <Tag color={t.modeColor[mode]}>{t.mode[mode]}</Tag>;
const windowsText = (ns: readonly number[]) => (ns.length ? ns.map((n) => t.window(n)).join('、') : t.noWindow);

export default function StationingPage() {
  const session = useSession();
  const access = useAccess();
  const { message } = App.useApp();
  const [monthParam, setMonthParam] = useUrlState((p) => p.get('month') ?? '', (m) => new URLSearchParams(m ? { month: m } : {}));
  const month = monthParam && dayjs(`${monthParam}-01`).isValid() ? dayjs(`${monthParam}-01`) : dayjs().startOf('month');
  const [planning, setPlanning] = useState(false);
  const [editing, setEditing] = useState<StationingRow | 'new' | null>(null);
  const code = session?.user.region.code ?? '';
  const { data: mine } = useQuery(StationingCenterDoc, { variables: { code }, skip: !code });
  const center = mine?.centerFor ?? null;
  const ym = { year: month.year(), month: month.month() + 1 };
  const { data, loading, error, refetch } = useQuery(StationingOverviewDoc, {
    variables: { centerId: center?.id ?? '', ...ym }, skip: !center, fetchPolicy: 'cache-and-network',
  });
  const [remove] = useMutation(RemoveRotaDoc);
  const c = data?.center;
  const duty = getFragmentData(DutyFieldsDoc, c?.onDuty ?? []);
  const onCall = (c?.allStationings ?? []).filter((s) => s.mode === 'ON_CALL');

  const removeRota = async (id: string) => {
    try {
      await remove({ variables: { id } });
      message.success(t.removed);
      void refetch();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="stationing-page">
      <Card size="small" title={t.title} extra={<Typography.Text type="secondary">{center?.name}</Typography.Text>}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t.hint}</Typography.Paragraph>
      </Card>
      {error && <Alert type="error" title={errorMessage(error)} />}
      <Card size="small" title={`${t.today}（${dayjs().format('YYYY-MM-DD')}）`} data-testid="on-duty">
        {duty.length ? (
          <Row gutter={[8, 8]}>
            {duty.map((d) => (
              <Col key={`${d.mode}:${d.department.id}`} xs={24} sm={12} md={8} lg={6}>
                <Card size="small" data-testid={`duty-${d.department.name}`}>
                  <Space orientation="vertical" size={2}>
                    <Space>{modeTag(d.mode)}<Typography.Text strong>{d.department.name}</Typography.Text></Space>
                    <Typography.Text type="secondary">{windowsText(d.windowNumbers)}</Typography.Text>
                    <Typography.Text>{d.mode === 'ON_CALL' && d.contact ? `${d.contact.name} ${d.contact.phone ?? ''}` : t.staffNames(d.staff.map((s) => s.name))}</Typography.Text>
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
        ) : <Empty description={t.todayEmpty} />}
      </Card>
      <Card size="small" data-testid="rota"
        title={<Space>
          <span>{t.rota(ym.year, ym.month)}</span>
          <DatePicker picker="month" value={month} allowClear={false} aria-label={t.month} data-testid="rota-month"
            onChange={(d) => d && setMonthParam(d.format('YYYY-MM'))} />
        </Space>}
        extra={center && <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)} data-testid="rota-plan">{t.plan}</Button>}>
        <Table size="small" rowKey="id" loading={loading && !data} pagination={false} dataSource={[...(c?.rota ?? [])]} locale={{ emptyText: t.rotaEmpty }}
          data-testid="rota-table"
          columns={[
            { title: t.columns.window, key: 'window', width: 200, render: (_, a) => `${a.windowNumber} 号 · ${a.window.label}` },
            { title: t.columns.department, key: 'department', render: (_, a) => a.department.name },
            { title: t.columns.staff, key: 'staff', render: (_, a) => t.staffNames(a.staff.map((s) => s.name)) },
            {
              title: t.columns.actions, key: 'actions', width: 80,
              render: (_, a) => access.removeRotaAssignment && (
                <Popconfirm title={t.removeConfirm} onConfirm={() => void removeRota(a.id)}>
                  <Button size="small" type="link" danger>{t.remove}</Button>
                </Popconfirm>
              ),
            },
          ]} />
      </Card>
      <Card size="small" title={t.stationings} data-testid="stationings-card"
        extra={access.setStationing && center && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="stationing-new">{t.create}</Button>}>
        <Table size="small" rowKey={(s) => s.department.id} pagination={false} dataSource={[...(c?.allStationings ?? [])]} data-testid="stationings-table"
          columns={[
            { title: t.columns.department, key: 'department', render: (_, s) => s.department.name },
            { title: t.columns.mode, dataIndex: 'mode', width: 80, render: modeTag },
            { title: t.columns.staffCount, dataIndex: 'staffCount', width: 70 },
            { title: t.columns.windows, key: 'windows', width: 160, render: (_, s) => windowsText(s.windowNumbers) },
            { title: t.columns.months, key: 'months', render: (_, s) => (s.mode === 'ROTATING' ? t.monthsList(s.months) : t.allYear) },
            { title: t.columns.staff, key: 'staff', render: (_, s) => t.staffNames(s.staff.map((p) => p.name)) },
            {
              title: t.columns.actions, key: 'actions', width: 80,
              render: (_, s) => access.setStationing && <Button size="small" type="link" onClick={() => setEditing(s)} data-testid={`stationing-edit-${s.department.name}`}>{t.columns.edit}</Button>,
            },
          ]} />
      </Card>
      <WindowsCard centerId={center?.id ?? null} windows={c?.windows ?? []} loading={loading && !data} onChanged={() => void refetch()}
        departments={(c?.allStationings ?? []).map((s) => s.department)} />
      <Card size="small" title={t.onCall}>
        <Table size="small" rowKey={(s) => s.department.id} pagination={false} dataSource={onCall} locale={{ emptyText: t.onCallEmpty }} data-testid="on-call-table"
          columns={[
            { title: t.columns.department, key: 'department', render: (_, s) => s.department.name },
            { title: t.columns.contact, key: 'contact', render: (_, s) => s.contact?.name ?? '—' },
            { title: t.columns.phone, key: 'phone', render: (_, s) => s.contact?.phone ?? '—' },
          ]} />
      </Card>
      {editing && center && (
        <StationingForm centerId={center.id} row={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onDone={() => { setEditing(null); void refetch(); }} />
      )}
      {planning && center && (
        <PlanForm centerId={center.id} {...ym} onClose={() => setPlanning(false)} onDone={() => { setPlanning(false); void refetch(); }} />
      )}
    </Space>
  );
}
