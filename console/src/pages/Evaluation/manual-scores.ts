/**
 * The manual quarterly evaluation of stationed staff (personnel's `evaluations`, recorded with
 * `recordEvaluation`) of the region's own center, by department: shown beside the department's
 * computed score, so the center's 评语 and the figures can be read together. Only for the roles
 * personnel lets read them.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const EvaluationCentersDoc = graphql(`
  query EvaluationCenters {
    centers { id region { id } }
  }
`);

const ManualEvaluationsDoc = graphql(`
  query ManualEvaluations($centerId: ID!, $year: Int!, $quarter: Int!) {
    evaluations(centerId: $centerId, year: $year, quarter: $quarter) {
      id
      staff { id name }
      department { id }
      score
      gradeLabel
    }
  }
`);

export interface ManualScore {
  id: string;
  name: string;
  score: number;
  gradeLabel: string;
}

/** Department id → the manual scores of its stationed staff at the region's center (empty when none or not allowed). */
export function useManualScores(regionId: string, year: number, quarter: number, enabled: boolean): Map<string, ManualScore[]> {
  const centers = useQuery(EvaluationCentersDoc, { skip: !enabled });
  const centerId = centers.data?.centers.find((c) => c.region.id === regionId)?.id;
  const { data } = useQuery(ManualEvaluationsDoc, { variables: { centerId: centerId ?? '', year, quarter }, skip: !enabled || !centerId });
  const byDepartment = new Map<string, ManualScore[]>();
  for (const e of data?.evaluations ?? []) {
    if (!e.department) continue;
    const list = byDepartment.get(e.department.id) ?? [];
    list.push({ id: e.id, name: e.staff.name, score: e.score, gradeLabel: e.gradeLabel });
    byDepartment.set(e.department.id, list);
  }
  return byDepartment;
}
