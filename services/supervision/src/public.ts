/**
 * The supervision subgraph's public entry (package.json "main"): what the platform, the bench and the
 * tests outside this folder use. Everything else under src/ is internal and may move.
 */
export { createSupervisionService, startSupervision, supervisionService, type SupervisionServer, type SupervisionStartOptions } from './server';
export { createDeps, type Clock } from './service/deps';
export { SupervisionRuntime } from './jobs/runtime';
export { CONSUMER_NAME } from './service/read-model-service';

// The read model's database, for the scale seeder and the bench: its data source, the rollup rebuild
// and the statistics statement (timed and EXPLAINed by bench/stats.bench.ts).
export { createSupervisionDataSource } from './store/data-source';
export { ReadModelStore } from './store/read-model-store';
export { StatsStore } from './store/stats-store';

// A case's deadline as supervision computes it (the platform's cross-subgraph deadline agreement test).
export { parseSupervisionPolicy } from './domain/policy';
export { rowFromSnapshot } from './domain/read-model';
export { viewOf } from './domain/supervision-view';
export { rulesOfStoredVersion, startRulesFor } from './domain/policy-versions';
