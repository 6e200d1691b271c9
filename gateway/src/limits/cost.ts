/**
 * Pagination-aware cost, computed by graphql-query-complexity with one small estimator of ours.
 *
 * Why not graphql-armor's cost-limit: it multiplies by `first` only when `first` is written as a literal
 * (`first: 100`), never for `first: $n` — the form every saved operation, the console and partners use —
 * and it cannot know the page size a field uses when `first` is left out. Its rule runs at validation,
 * before variables exist (and Apollo caches validation per document), so it cannot be taught either.
 * graphql-query-complexity computes per request from the coerced arguments (variables and schema defaults
 * applied), honours @include/@skip, takes the dearest member of a union, and bounds its own walk
 * (`maxQueryNodes`) so a fragment spread a thousand times over cannot make the measuring itself expensive.
 */
import { GraphQLError, getOperationAST, visit, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LimitError } from './errors';

/** The library's own default, named: walking more selections than this is refused as too costly. */
export const MAX_QUERY_NODES = 10_000;
const NODES_EXCEEDED = 'Query exceeds the maximum allowed number of nodes.';

/**
 * Every field costs 1; a field taking `first` (our connections and recommendMediators) costs its
 * children once per item it may return — `first` as sent, or the subgraphs' default page size when left
 * out — so `cases(first: 100) { edges { node { assignments { … } } } }` costs what it would really fetch.
 * Lists without `first` (a case's assignments, a region's children) are short by construction: counted once.
 */
/** The one argument the estimator reads (CostMeter's cache key depends on it too). */
const PAGE_ARGUMENT = 'first';

export function paginationEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!field.args.some((a) => a.name === PAGE_ARGUMENT)) return 1 + childComplexity;
    const first = typeof args[PAGE_ARGUMENT] === 'number' ? args[PAGE_ARGUMENT] : defaultPageSize;
    return 1 + Math.max(1, first) * childComplexity;
  };
}

export interface CostOptions {
  maxCost: number;
  defaultPageSize: number;
}

/**
 * The cost of the operation that will run, or null when it cannot be measured yet (unknown operation,
 * variables that do not coerce): those requests are refused by the next step with a better message.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined, options: CostOptions): number | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return null;
  try {
    return getComplexity({
      schema, query: document, variables: variables ?? {},
      // Only the operation that will run (and never the name of an anonymous one: the library reads `.name.value`).
      operationName: operation.name?.value,
      estimators: [paginationEstimator(options.defaultPageSize)],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (err) {
    if (err instanceof GraphQLError && err.message === NODES_EXCEEDED) return Number.POSITIVE_INFINITY;
    if (err instanceof GraphQLError) return null;
    throw err;
  }
}

/** A LimitError when the operation costs more than `maxCost`, else null. */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined, options: CostOptions): LimitError | null {
  return costError(operationCost(schema, document, operationName, variables, options), options);
}

function costError(cost: number | null, options: CostOptions): LimitError | null {
  if (cost === null || cost <= options.maxCost) return null;
  if (cost === Number.POSITIVE_INFINITY) {
    return new LimitError('cost', options.maxCost, undefined, { detail: { zh: `展开片段后超过 ${MAX_QUERY_NODES} 个选择`, en: `more than ${MAX_QUERY_NODES} selections once fragments are expanded` } });
  }
  return new LimitError('cost', options.maxCost, cost);
}

/** Variables whose values can change the cost: those under `first`, and the `if` of @include / @skip. */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode) => visit(value, { Variable: (v) => { names.add(v.name.value); } });
  visit(document, {
    Argument: (a) => { if (a.name.value === PAGE_ARGUMENT) collect(a.value); },
    Directive: (d) => { if (d.name.value === 'include' || d.name.value === 'skip') for (const a of d.arguments ?? []) collect(a.value); },
  });
  return [...names].sort();
}

/**
 * checkCost with a memory. Measuring walks the whole operation with the schema (~25 µs for caseCore,
 * ~120 µs for the case list on this machine), on every request since variables change the cost. But
 * only a few variables can: the cost is kept per document (Apollo hands the same DocumentNode for a
 * repeated query, and a new one after a schema update) and per values of those variables. Only
 * measured costs are kept — "not measurable" (variables that do not coerce) is never reused.
 */
export class CostMeter {
  private readonly byDocument = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  constructor(private readonly options: CostOptions, private readonly perDocument = 64) {}

  check(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): LimitError | null {
    let entry = this.byDocument.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), costs: new Map() };
      this.byDocument.set(document, entry);
    }
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((n) => variables?.[n] ?? null)]);
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      const measured = operationCost(schema, document, operationName, variables, this.options);
      if (measured === null) return null;
      if (entry.costs.size >= this.perDocument) entry.costs.clear();
      entry.costs.set(key, (cost = measured));
    }
    return costError(cost, this.options);
  }
}
