/** Shapes the resolvers return for types without an entity of their own (see the mappers in codegen.ts). */
import type { CaseEntity } from '../store/entities/case.entity';
import type { StepVisitEntity } from '../store/entities/step-visit.entity';
import type { StepTimesSummary } from '../domain/ladder';

export interface StepTimesModel extends StepTimesSummary {
  ladderName: string;
  visits: StepVisitEntity[];
}

export interface CaseEdgeModel {
  cursor: string;
  node: CaseEntity;
}

export interface CaseConnectionModel {
  edges: CaseEdgeModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** A Mediator reference: personnel resolves the rest. */
export interface MediatorRef {
  id: string;
}

/** A possible duplicate: a stored link of a saved case (DuplicateLink), or a match of the check before intake. */
export interface PossibleDuplicateModel {
  otherCaseId: string;
  reasons: string[];
  daysApart: number;
}
