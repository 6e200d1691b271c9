/**
 * 当事人. The server masks phone and ID number for a viewer who may not see them on this case
 * (grid workers, partner systems, other mediators): the page shows exactly what it is given and
 * says when a number is masked, so nobody mistakes 138****5678 for a typo.
 */
import { Card, Table, Tag, Tooltip } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { PARTY_ROLE } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';

export const CasePartiesFragment = graphql(`
  fragment CaseParties on Case {
    parties {
      name
      role
      phone
      idNumber
    }
  }
`);

const isMasked = (v: string | null | undefined) => !!v && v.includes('*');

function PiiValue({ value }: { value: string | null | undefined }) {
  if (!value) return <>{CASE_FILE.header.none}</>;
  if (!isMasked(value)) return <span style={{ fontFamily: 'monospace' }}>{value}</span>;
  return (
    <Tooltip title={CASE_FILE.parties.maskedHint}>
      <span style={{ fontFamily: 'monospace' }} data-masked="true">{value}</span> <Tag style={{ marginInlineStart: 4 }}>{CASE_FILE.parties.masked}</Tag>
    </Tooltip>
  );
}

export default function PartiesCard(props: { case: FragmentType<typeof CasePartiesFragment> }) {
  const { parties } = getFragmentData(CasePartiesFragment, props.case);
  const t = CASE_FILE.parties;
  return (
    <Card size="small" title={`${t.title}（${parties.length}）`} data-testid="case-parties">
      <Table
        size="small"
        rowKey="i"
        pagination={parties.length > 8 ? { pageSize: 8, size: 'small' } : false}
        dataSource={parties.map((p, i) => ({ ...p, i }))}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.name, dataIndex: 'name' },
          { title: t.role, dataIndex: 'role', width: 90, render: (r: keyof typeof PARTY_ROLE) => PARTY_ROLE[r] },
          { title: t.phone, dataIndex: 'phone', width: 190, render: (v: string | null) => <PiiValue value={v} /> },
          { title: t.idNumber, dataIndex: 'idNumber', width: 250, render: (v: string | null) => <PiiValue value={v} /> },
        ]}
      />
    </Card>
  );
}
