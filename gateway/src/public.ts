/**
 * The gateway's public entry (package.json "main"): the server for the platform assembler, and what the
 * tests outside this folder name (the subscription close codes, the explorer's examples and title, the
 * dispatch payload planner). Everything else under src/ is internal.
 */
export * from './server';
export { CLOSE_CODES, CLOSE_REASONS, planPayload, type PayloadPlan } from './subscriptions';
export { EXAMPLES, EXPLORER_TITLE, type ExampleTab } from './explorer';
