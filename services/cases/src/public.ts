/**
 * The cases subgraph as other workspaces may use it (the package's `main`): the service module, and
 * the few domain rules and store queries the scale seeder and the bench reuse so that their rows and
 * their SQL are the service's own. Anything else under src/ is internal.
 */
export { casesService, typeDefs } from './server';
// The county policy document as cases reads it (the platform's cross-subgraph deadline agreement test).
export { parseCasePolicy } from './domain/policy';
export { parseRulesInput, policyOfVersion } from './domain/policy-versions';
export { DEFAULT_LADDER, initialStep, nextStep, type LadderStep } from './domain/ladder';
export { partyKeys } from '@zz/common';
export { caseCodeDay, formatCaseCode } from './domain/case-code';
export { DUPLICATE_WINDOW_DAYS } from './domain/duplicates';
export { CaseStore, type CaseListQuery } from './store/case-store';
// The demo county's policy history (browser tests show the 时限与阶梯配置 screen with it).
export { seedDemoPolicyHistory } from './seed';
