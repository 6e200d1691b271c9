/**
 * The filters of the case list: one control per `CaseFilter` field. Selects apply at once, the
 * keyword on Enter; every change goes to the URL (url-state.ts), which is the only state. The
 * first row holds the filters used all day; the others fold away (1366×768 is the common office
 * screen) and unfold by themselves when a bookmarked URL sets one of them.
 */
import { useEffect, useState } from 'react';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import RegionCascader from '../../components/RegionCascader';
import { CASE_STATUS, CHANNEL, DISPUTE_TYPE, REGION_LEVEL, options } from '../../locales/zh-CN/enums';
import { S } from '../../locales/zh-CN';
import type { CaseListState } from './url-state';

type FilterChange = Partial<Omit<CaseListState, 'page' | 'after' | 'size'>>;

const F = S.cases.filters;
const OVERDUE = [
  { value: 'any', label: F.overdueAny },
  { value: 'yes', label: F.overdueYes },
  { value: 'no', label: F.overdueNo },
];
const col = { xs: 24, sm: 12, lg: 6 };

/** Set filters that live in the folded rows. */
const foldedInUse = (s: CaseListState) => s.channel.length > 0 || s.level !== null || s.overdue !== null || !!s.from || !!s.to;

export default function CaseFilters({ state, onChange, onReset }: { state: CaseListState; onChange: (c: FilterChange) => void; onReset: () => void }) {
  const [search, setSearch] = useState(state.search);
  useEffect(() => setSearch(state.search), [state.search]);
  const [open, setOpen] = useState(() => foldedInUse(state));
  const expanded = open || foldedInUse(state);

  return (
    <Form layout="vertical" component="div" data-testid="case-filters">
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item label={F.search} htmlFor="case-search">
            <Input.Search
              id="case-search"
              value={search}
              allowClear
              placeholder={F.searchPlaceholder}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => onChange({ search: v.trim() })}
              data-testid="filter-search"
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={F.region} htmlFor="case-region">
            <RegionCascader id="case-region" value={state.regionId} placeholder={F.regionPlaceholder} onChange={(regionId) => onChange({ regionId })} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={F.status} htmlFor="case-status">
            <Select id="case-status" mode="multiple" allowClear placeholder={F.any} options={options(CASE_STATUS)} value={state.status} onChange={(status) => onChange({ status })} maxTagCount="responsive" data-testid="filter-status" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={F.type} htmlFor="case-type">
            <Select id="case-type" mode="multiple" allowClear placeholder={F.any} options={options(DISPUTE_TYPE)} value={state.type} onChange={(type) => onChange({ type })} maxTagCount="responsive" data-testid="filter-type" />
          </Form.Item>
        </Col>
        {expanded && (
          <>
            <Col {...col}>
              <Form.Item label={F.channel} htmlFor="case-channel">
                <Select id="case-channel" mode="multiple" allowClear placeholder={F.any} options={options(CHANNEL)} value={state.channel} onChange={(channel) => onChange({ channel })} maxTagCount="responsive" data-testid="filter-channel" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label={F.level} htmlFor="case-level">
                <Select id="case-level" allowClear placeholder={F.any} options={options(REGION_LEVEL)} value={state.level ?? undefined} onChange={(level) => onChange({ level: level ?? null })} data-testid="filter-level" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label={F.overdue} htmlFor="case-overdue">
                <Select
                  id="case-overdue"
                  options={OVERDUE}
                  value={state.overdue === null ? 'any' : state.overdue ? 'yes' : 'no'}
                  onChange={(v) => onChange({ overdue: v === 'any' ? null : v === 'yes' })}
                  data-testid="filter-overdue"
                />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label={F.received} htmlFor="case-received">
                <DatePicker.RangePicker
                  id={{ start: 'case-received' }}
                  style={{ width: '100%' }}
                  value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
                  allowEmpty={[true, true]}
                  onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
                  data-testid="filter-received"
                />
              </Form.Item>
            </Col>
          </>
        )}
        <Col flex="auto" style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'flex-end', paddingBottom: 24 }}>
          <Space>
            <Button onClick={onReset} data-testid="filter-reset">{F.reset}</Button>
            {/* A folded filter that is set stays visible: no folding it away while it filters. */}
            {!foldedInUse(state) && (
              <Button type="link" onClick={() => setOpen(!open)} icon={open ? <UpOutlined /> : <DownOutlined />} aria-expanded={open} data-testid="filter-more">
                {open ? F.less : F.more}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
