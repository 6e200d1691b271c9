/**
 * 交办 hint: the departments on duty today at the case's centers (its own, then those above,
 * `departmentsOnDuty`), as tags; a click makes one the lead department. Only a suggestion: any
 * department can still be picked in the select.
 */
import { Space, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CASE_FILE, STATIONING } from '../../../locales/zh-CN';

const CaseRegionDoc = graphql(`
  query CaseFileRegion($id: ID!) {
    case(id: $id) { id region { id } }
  }
`);

const OnDutyDoc = graphql(`
  query CaseFileOnDuty($regionId: ID!) {
    departmentsOnDuty(regionId: $regionId) {
      mode
      windowNumbers
      center { id name }
      department { id name }
    }
  }
`);

/** Enough to choose from without crowding the form. */
const MAX_TAGS = 14;

export function OnDutyHint({ caseId, onPick }: { caseId: string; onPick: (departmentId: string) => void }) {
  const { data: c } = useQuery(CaseRegionDoc, { variables: { id: caseId } });
  const regionId = c?.case?.region.id;
  const { data } = useQuery(OnDutyDoc, { variables: { regionId: regionId ?? '' }, skip: !regionId });
  const seen = new Set<string>();
  const duty = (data?.departmentsOnDuty ?? []).filter((d) => !seen.has(d.department.id) && seen.add(d.department.id)).slice(0, MAX_TAGS);
  if (!duty.length) return null;
  return (
    <Space wrap size={[4, 4]} style={{ marginBottom: 12 }} data-testid="assign-on-duty">
      <Typography.Text type="secondary">{CASE_FILE.forms.onDuty}</Typography.Text>
      {duty.map((d) => (
        <Tag key={d.department.id} color={STATIONING.modeColor[d.mode]} style={{ cursor: 'pointer' }} onClick={() => onPick(d.department.id)}
          title={`${d.center.name} · ${STATIONING.mode[d.mode]}${d.windowNumbers.length ? ` · ${d.windowNumbers.join('、')} 号窗口` : ''}`}>
          {d.department.name}
        </Tag>
      ))}
    </Space>
  );
}
