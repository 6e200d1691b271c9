/** The use cases of one running service, wired once: resolvers (through the context), jobs and seeding call these. */
import { AccountabilityService } from './accountability-service';
import { AnswerService } from './answer-service';
import { AuditService } from './audit-service';
import { DeadlineService } from './deadline-service';
import type { SupervisionDeps } from './deps';
import { DispatchService } from './dispatch-service';
import { EvaluationService } from './evaluation-service';
import { FollowUpService } from './follow-up-service';
import { LetterService } from './letter-service';
import { ReadModelService } from './read-model-service';
import { RiskService } from './risk-service';
import { StatsService } from './stats-service';
import { SubsidyService } from './subsidy-service';

export type SupervisionServices = ReturnType<typeof createServices>;

export function createServices(deps: SupervisionDeps) {
  const letters = new LetterService(deps);
  const risks = new RiskService(deps, letters);
  return {
    letters,
    risks,
    answers: new AnswerService(deps, letters),
    deadlines: new DeadlineService(deps, letters),
    followUps: new FollowUpService(deps),
    evaluations: new EvaluationService(deps),
    accountability: new AccountabilityService(deps),
    subsidies: new SubsidyService(deps),
    stats: new StatsService(deps),
    audit: new AuditService(deps),
    dispatch: new DispatchService(deps),
    readModel: new ReadModelService(deps, letters, risks),
  };
}
