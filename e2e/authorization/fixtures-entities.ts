/** The entity rows: each type's `__resolveReference` in its owning subgraph, as the gateway calls it. */
import { DEPARTMENT_IDS } from './env';
import { keyOf, memo, type EntityFixture } from './fixture';

const shared = new Map<string, Promise<any>>();

export const entityFixtures: Record<string, EntityFixture> = {
  'Entity.Case': { service: 'cases', typename: 'Case', id: async (env, place) => (await memo(shared, keyOf('case', place, null), () => env.caseAt(place, 'ACCEPTED'))).id },
  'Entity.Region': { service: 'grid', typename: 'Region', id: async (_e, place) => place.gridRegion.id },
  'Entity.Grid': { service: 'grid', typename: 'Grid', id: async (_e, place) => place.grid.regionId },
  'Entity.GridWorker': { service: 'grid', typename: 'GridWorker', id: (env, place) => env.sqlId(`SELECT id FROM grid.grid_worker WHERE grid_id = $1 ORDER BY id LIMIT 1`, [place.grid.regionId]) },
  'Entity.GridReport': { service: 'grid', typename: 'GridReport', id: (env, place) => memo(shared, keyOf('report', place, null), () => env.reportAt(place)) },
  'Entity.PatrolTask': { service: 'grid', typename: 'PatrolTask', id: (env, place) => memo(shared, keyOf('patrol', place, null), () => env.patrolAt(place)) },
  'Entity.Center': { service: 'personnel', typename: 'Center', id: async (_e, place) => place.centerId },
  'Entity.Department': { service: 'personnel', typename: 'Department', id: async () => DEPARTMENT_IDS.justice },
  'Entity.Mediator': { service: 'personnel', typename: 'Mediator', id: async (_e, place) => place.poolMediatorId },
  'Entity.Staff': { service: 'personnel', typename: 'Staff', id: (env, place) => env.sqlId(`SELECT id FROM personnel.staff WHERE center_id = $1 ORDER BY id LIMIT 1`, [place.centerId]) },
  'Entity.Appointment': { service: 'personnel', typename: 'Appointment', id: (env, place) => memo(shared, keyOf('appointment', place, null), () => env.appointmentAt(place)), noRecordInside: ['GRID_WORKER'] },
  'Entity.User': { service: 'personnel', typename: 'User', id: (env, place) => memo(shared, keyOf('user', place, null), () => env.userAt(place)) },
  'Entity.SupervisionLetter': { service: 'supervision', typename: 'SupervisionLetter', id: (env, place) => memo(shared, keyOf('letter', place, null), () => env.letterAt(place)) },
  'Entity.KeyPerson': { service: 'grid', typename: 'KeyPerson', id: (env, place) => memo(shared, keyOf('keyPerson', place, null), () => env.keyPersonAt(place)) },
  'Entity.RiskWarning': {
    service: 'supervision', typename: 'RiskWarning',
    id: async (env, place) => {
      const caseId = await memo(shared, keyOf('risk', place, null), () => env.riskAt(place));
      return env.sqlId(`SELECT id FROM supervision.risk_hit WHERE case_id = $1 LIMIT 1`, [caseId]);
    },
  },
};
