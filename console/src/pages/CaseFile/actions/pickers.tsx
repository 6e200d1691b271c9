/**
 * Pick lists of the action forms, filled from the graph: departments (shared reference data) and
 * mediators (the recommendations for this case first, with their score, then the pool the caller
 * may see). Used as antd Form controls (value / onChange come from Form.Item).
 */
import { useQuery } from '@apollo/client/react';
import { Select, Tag, type SelectProps } from 'antd';
import { graphql } from '../../../gql';
import type { DepartmentKind } from '../../../gql/graphql';
import { DEPARTMENT_KIND } from '../../../locales/zh-CN/enums';
import { CASE_FILE } from '../../../locales/zh-CN';

const DepartmentsDoc = graphql(`
  query CaseFileDepartments {
    departments {
      id
      name
      kind
    }
  }
`);

/** The "5" of 1+5+N: court, procuratorate, police, justice, petition. */
export const FIVE_MEMBERS: readonly DepartmentKind[] = ['COURT', 'PROCURATORATE', 'POLICE', 'JUSTICE', 'PETITION'];

export function useDepartments() {
  const { data, loading } = useQuery(DepartmentsDoc, { fetchPolicy: 'cache-first' });
  return { departments: data?.departments ?? [], loading };
}

export function DepartmentSelect({ exclude = [], ...props }: SelectProps & { exclude?: readonly string[] }) {
  const { departments, loading } = useDepartments();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={loading}
      options={departments.filter((d) => !exclude.includes(d.id)).map((d) => ({
        value: d.id, label: d.name, kind: DEPARTMENT_KIND[d.kind],
      }))}
      optionRender={(o) => <span>{o.label} <Tag style={{ marginInlineStart: 6 }}>{o.data.kind}</Tag></span>}
      {...props}
    />
  );
}

const MediatorChoicesDoc = graphql(`
  query CaseFileMediatorChoices($caseId: ID!) {
    recommendMediators(caseId: $caseId, first: 5) {
      score
      mediator {
        id
        name
        brand
        goldTeam
        activeCaseCount
      }
    }
    mediators(first: 100, filter: { kind: MEDIATOR, available: true }) {
      edges {
        node {
          id
          name
          brand
          goldTeam
          activeCaseCount
          center {
            id
            name
          }
        }
      }
    }
  }
`);

const who = (m: { name: string; brand?: string | null }) => (m.brand ? `${m.name}（${m.brand}）` : m.name);

/** `team`: mediators a team recommendation proposed (listed first: they need not be among the top five or the first 100 of the pool). */
export function MediatorSelect({ caseId, team = [], ...props }: SelectProps & { caseId: string; team?: readonly { id: string; name: string }[] }) {
  const { data, loading } = useQuery(MediatorChoicesDoc, { variables: { caseId } });
  const f = CASE_FILE.forms;
  const teamIds = new Set(team.map((m) => m.id));
  const recommended = (data?.recommendMediators ?? []).filter((r) => !teamIds.has(r.mediator.id));
  const seen = new Set([...teamIds, ...recommended.map((r) => r.mediator.id)]);
  const rest = (data?.mediators.edges ?? []).map((e) => e.node).filter((m) => !seen.has(m.id));
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={loading}
      options={[
        ...(team.length ? [{ label: f.recommendTeam, options: team.map((m) => ({ value: m.id, label: m.name, hint: '', gold: false })) }] : []),
        {
          label: CASE_FILE.recommend.title,
          options: recommended.map((r) => ({ value: r.mediator.id, label: who(r.mediator), hint: `${f.recommended(r.score)} · ${f.load(r.mediator.activeCaseCount)}`, gold: r.mediator.goldTeam })),
        },
        {
          label: f.mediator,
          options: rest.map((m) => ({ value: m.id, label: who(m), hint: `${m.center.name} · ${f.load(m.activeCaseCount)}`, gold: m.goldTeam })),
        },
      ]}
      optionRender={(o) => (
        <span>
          {o.label}
          {o.data.gold && <Tag color="gold" style={{ marginInlineStart: 6 }}>{CASE_FILE.assignments.gold}</Tag>}
          <span style={{ color: '#888', marginInlineStart: 6, fontSize: 12 }}>{o.data.hint}</span>
        </span>
      )}
      {...props}
    />
  );
}
