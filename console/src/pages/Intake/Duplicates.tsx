/**
 * Possible duplicates of the case being filled in (Query.intakeDuplicates): checked while the
 * operator types (debounced) and once more right before saving. Each candidate links to its case
 * file in a new tab, so the form being typed is never lost. Saving stays possible: the operator decides.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { IntakeDuplicatesInput } from '../../gql/graphql';
import { CASE_STATUS } from '../../locales/zh-CN/enums';
import { INTAKE } from '../../locales/zh-CN';

export const DuplicateCandidateFragment = graphql(`
  fragment DuplicateCandidate on PossibleDuplicate {
    daysApart
    reasons
    case {
      id
      code
      title
      status
      receivedAt
    }
  }
`);

export const IntakeDuplicatesQuery = graphql(`
  query IntakeDuplicates($input: IntakeDuplicatesInput!) {
    intakeDuplicates(input: $input) {
      ...DuplicateCandidate
    }
  }
`);

const T = INTAKE.duplicates;

/** The value after it stopped changing for `ms` (typing a number digit by digit asks once). */
function useDebounced<V>(value: V, ms: number): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function DuplicateList({ items }: { items: readonly FragmentType<typeof DuplicateCandidateFragment>[] }) {
  const rows = getFragmentData(DuplicateCandidateFragment, items);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      {rows.map((d) => (
        <div key={d.case.id} data-testid="duplicate-candidate" data-case-code={d.case.code} style={{ borderLeft: '3px solid #faad14', paddingLeft: 8 }}>
          <Space size="small" wrap>
            <a href={`/cases/${d.case.id}`} target="_blank" rel="noreferrer" title={T.open}>
              {d.case.code}
            </a>
            <Tag>{CASE_STATUS[d.case.status]}</Tag>
            <Typography.Text type="secondary">{T.daysApart(d.daysApart)}</Typography.Text>
          </Space>
          <div>
            <Typography.Text ellipsis style={{ maxWidth: '100%' }}>{d.case.title}</Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(d.case.receivedAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
          <ul style={{ margin: '2px 0 0', paddingLeft: 18, fontSize: 13 }}>
            {d.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ))}
    </Space>
  );
}

/** The side panel: what the graph finds for what is filled in so far. */
export function DuplicatesPanel({ input }: { input: IntakeDuplicatesInput | null }) {
  const key = useDebounced(input ? JSON.stringify(input) : null, 500);
  const { data, previousData, loading, error } = useQuery(IntakeDuplicatesQuery, {
    variables: { input: key ? (JSON.parse(key) as IntakeDuplicatesInput) : { parties: [] } },
    skip: !key,
    fetchPolicy: 'network-only',
  });
  const items = key ? (data ?? previousData)?.intakeDuplicates : undefined;

  let body: React.ReactNode;
  if (!key) body = <Typography.Text type="secondary">{T.idle}</Typography.Text>;
  else if (error) body = <Alert type="warning" showIcon title={T.failed} />;
  else if (!items) body = <Spin description={T.checking} />;
  else if (!items.length) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.none} />;
  else body = <DuplicateList items={items} />;

  return (
    <Card
      size="small"
      title={
        <Space>
          {T.title}
          {!!items?.length && <Tag color="warning" data-testid="duplicate-count">{items.length}</Tag>}
          {loading && key && <Spin size="small" />}
        </Space>
      }
      data-testid="duplicates-panel"
      data-state={!key ? 'idle' : error ? 'error' : !items || loading ? 'checking' : items.length ? 'found' : 'none'}
    >
      {body}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>{T.hint}</Typography.Paragraph>
    </Card>
  );
}
