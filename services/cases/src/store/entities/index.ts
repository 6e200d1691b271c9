import { JudicialConfirmationEntity } from './judicial-confirmation.entity';
export { CaseEntity } from './case.entity';
export { PartyEntity } from './party.entity';
export { AssignmentEntity } from './assignment.entity';
export { CaseEventEntity } from './case-event.entity';
export { StepVisitEntity } from './step-visit.entity';
export { ConsultationEntity } from './consultation.entity';
export { MediationSessionEntity } from './mediation-session.entity';
export { CenterMeetingEntity } from './center-meeting.entity';
export { CaseCodeCounterEntity, CaseMergeEntity, PossibleDuplicateEntity } from './misc.entity';

import { CaseEntity } from './case.entity';
import { PartyEntity } from './party.entity';
import { AssignmentEntity } from './assignment.entity';
import { CaseEventEntity } from './case-event.entity';
import { StepVisitEntity } from './step-visit.entity';
import { ConsultationEntity } from './consultation.entity';
import { MediationSessionEntity } from './mediation-session.entity';
import { CenterMeetingEntity } from './center-meeting.entity';
import { CaseCodeCounterEntity, CaseMergeEntity, PossibleDuplicateEntity } from './misc.entity';

export const CASE_ENTITIES = [
  CaseEntity, PartyEntity, AssignmentEntity, CaseEventEntity, StepVisitEntity, ConsultationEntity, MediationSessionEntity,
  CaseCodeCounterEntity, CaseMergeEntity, PossibleDuplicateEntity, JudicialConfirmationEntity, CenterMeetingEntity,
];
