/**
 * The deterministic demo world (territory, staff, departments, mediators, accounts, cases) that the
 * seeders and the tests build from. Only seeding and tests import this package; the services' runtime
 * code never does.
 */
export * from './world';
export { FEMALE_GIVEN, MALE_GIVEN, MOBILE_PREFIXES, SURNAMES } from './names';
export { deterministicUuid, hashString, mixSeed, Rng, rngFor } from './random';
