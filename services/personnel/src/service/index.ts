import { AccountService } from './account-service';
import { AppointmentService } from './appointment-service';
import { EvaluationService } from './evaluation-service';
import { LoginService } from './login-service';
import { MatchingService } from './matching-service';
import { MediatorService } from './mediator-service';
import { OrganisationService } from './organisation-service';
import { RotaService } from './rota-service';
import type { RequestState, ServiceDeps } from './request';

export type { Actor, RequestState, ServiceDeps } from './request';

/** The use cases of one request (context.ts): cheap objects over the process-wide stores and the request's loaders. */
export function createServices(deps: ServiceDeps, req: RequestState) {
  return {
    accounts: new AccountService(deps, req),
    login: new LoginService(deps, req),
    organisation: new OrganisationService(deps, req),
    mediators: new MediatorService(deps, req),
    matching: new MatchingService(deps, req),
    appointments: new AppointmentService(deps, req),
    evaluations: new EvaluationService(deps, req),
    rota: new RotaService(deps, req),
  };
}

export type PersonnelServices = ReturnType<typeof createServices>;
