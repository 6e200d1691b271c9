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

/** 调解协议: read off the case (its agreement text, resolution time and parties). */
export interface MediationAgreementModel {
  caseEntity: import('../store/entities/case.entity').CaseEntity;
}

/** 周例会 / 月研判: an agenda item or a decision, with its meeting (the masking rule reads the whole agenda). */
export interface MeetingAgendaModel {
  meeting: import('../store/entities/center-meeting.entity').CenterMeetingEntity;
  position: number;
  caseId: string;
  note: string | null;
}

export interface MeetingDecisionModel {
  meeting: import('../store/entities/center-meeting.entity').CenterMeetingEntity;
  row: import('../store/entities/center-meeting.entity').MeetingDecisionRow;
}

export interface MeetingEdgeModel {
  cursor: string;
  node: import('../store/entities/center-meeting.entity').CenterMeetingEntity;
}

export interface MeetingConnectionModel {
  edges: MeetingEdgeModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}
