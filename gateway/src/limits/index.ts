/**
 * Guard rails: one hostile or careless operation must not take the graph down, over HTTP or over the
 * subscription websocket. See operation-limits.ts for which library enforces which limit.
 */
export { OperationLimits, maskSuggestions, type OperationCheck } from './operation-limits';
export { LimitError, findLimitError, formatLimitErrors, tokenLimitError, type LimitName, type LimitExtensions } from './errors';
export { CostMeter, MAX_QUERY_NODES, checkCost, costVariables, operationCost, paginationEstimator } from './cost';
export { RateLimiter } from './rate-limiter';
