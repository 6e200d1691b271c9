/** 月度 / 季度 / 年度 / 自定义: a kind, then the month, quarter, year or range of days (zh-CN pickers). */
import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { STATS } from '../../locales/zh-CN';
import { currentPeriod, type Period, type PeriodKind } from '../../utils/period';

function toDayjs(p: Period): Dayjs {
  if (p.kind === 'month') return dayjs(`${p.at}-01`);
  if (p.kind === 'quarter') return dayjs(`${p.at.slice(0, 4)}-${String((Number(p.at.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`);
  if (p.kind === 'year') return dayjs(`${p.at}-01-01`);
  return dayjs(p.at);
}

const quarterOf = (d: Dayjs) => Math.floor(d.month() / 3) + 1;

export default function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const kinds = (Object.keys(STATS.kinds) as PeriodKind[]).map((k) => ({ value: k, label: STATS.kinds[k] }));
  const pick = (d: Dayjs | null) => {
    if (!d) return;
    if (value.kind === 'month') onChange({ kind: 'month', at: d.format('YYYY-MM') });
    else if (value.kind === 'quarter') onChange({ kind: 'quarter', at: `${d.year()}-Q${quarterOf(d)}` });
    else if (value.kind === 'year') onChange({ kind: 'year', at: d.format('YYYY') });
  };
  return (
    <Space wrap>
      <Segmented
        options={kinds}
        value={value.kind}
        onChange={(k) => onChange(currentPeriod(k as PeriodKind))}
        data-testid="period-kind"
      />
      {value.kind === 'custom' ? (
        <DatePicker.RangePicker
          value={[toDayjs(value), dayjs(value.end)]}
          allowClear={false}
          onChange={(r) => r?.[0] && r[1] && onChange({ kind: 'custom', at: r[0].format('YYYY-MM-DD'), end: r[1].format('YYYY-MM-DD') })}
          data-testid="period-range"
        />
      ) : (
        <DatePicker
          picker={value.kind}
          value={toDayjs(value)}
          allowClear={false}
          format={value.kind === 'quarter' ? (d) => STATS.quarterLabel(d.year(), quarterOf(d)) : value.kind === 'month' ? 'YYYY年M月' : 'YYYY年'}
          onChange={pick}
          style={{ width: 150 }}
          data-testid="period-value"
        />
      )}
    </Space>
  );
}
