/**
 * The grid subgraph's public entry (package.json "main"): what the platform assembler, the tests and
 * the bench may use. Everything else under src/ is internal.
 */
export { gridService, typeDefs, type GridServer } from './server';
/** The bench times the exact spatial SQL the store runs, on the service's own migrations. */
export { createGridDataSource } from './store/data-source';
export { GRID_AT_SQL } from './store/grid-store';
export { ringContains, ringToPgPolygon, type Position } from './domain/polygon';
