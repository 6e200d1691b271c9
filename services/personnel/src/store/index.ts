import type { DataSource } from 'typeorm';
import { UserStore } from './user-store';
import { OrganisationStore } from './organisation-store';
import { MediatorStore } from './mediator-store';
import { AppointmentStore } from './appointment-store';
import { EvaluationStore } from './evaluation-store';
import { TokenStore } from './token-store';
import { LoginStore } from './login-store';
import { RotaStore } from './rota-store';

/** Every store of the subgraph, one set per process (they hold no request state). */
export interface PersonnelStores {
  users: UserStore;
  organisation: OrganisationStore;
  mediators: MediatorStore;
  appointments: AppointmentStore;
  evaluations: EvaluationStore;
  tokens: TokenStore;
  logins: LoginStore;
  rota: RotaStore;
}

export function createStores(dataSource: DataSource): PersonnelStores {
  return {
    users: new UserStore(dataSource),
    organisation: new OrganisationStore(dataSource),
    mediators: new MediatorStore(dataSource),
    appointments: new AppointmentStore(dataSource),
    evaluations: new EvaluationStore(dataSource),
    tokens: new TokenStore(dataSource),
    logins: new LoginStore(dataSource),
    rota: new RotaStore(dataSource),
  };
}
