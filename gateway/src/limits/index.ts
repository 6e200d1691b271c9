/**
 * Guard rails: one hostile or careless query must not take the graph down. Depth and cost are
 * computed on the parsed operation before any subgraph is called; rate limits are per token (or per
 * client address for anonymous calls), a token bucket refilled each minute.
 */
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '@zz/common';
import type { GatewayContext } from './context';

interface Measure {
  depth: number;
  cost: number;
}

function intArg(args: readonly { name: { value: string }; value: ValueNode }[] | undefined, name: string, variables: Record<string, unknown>): number | null {
  const arg = args?.find((a) => a.name.value === name);
  if (!arg) return null;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) {
    const v = variables[arg.value.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/**
 * Depth counts nested selections; cost multiplies a list field's children by its `first` (default 20),
 * so `cases(first: 100) { assignments { … } }` costs what it would really fetch.
 */
export function measureOperation(doc: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> = {}): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of doc.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return { depth: 0, cost: 0 };
  const visit = (set: SelectionSetNode, depth: number, seen: Set<string>): Measure => {
    let maxDepth = depth;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const multiplier = intArg(sel.arguments, 'first', variables) ?? (sel.selectionSet ? 1 : 0);
        cost += 1;
        if (sel.selectionSet) {
          const inner = visit(sel.selectionSet, depth + 1, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += Math.max(1, multiplier) * inner.cost;
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const inner = visit(sel.selectionSet, depth, seen);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (!frag || seen.has(name)) continue; // cycles are rejected by validation anyway
        const inner = visit(frag.selectionSet, depth, new Set([...seen, name]));
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth: maxDepth, cost };
  };
  return visit(operation.selectionSet, 0, new Set());
}

export function limitsPlugin(config: Config): ApolloServerPlugin<GatewayContext> {
  const { maxDepth, maxCost } = config.limits;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          const m = measureOperation(document, operationName, request.variables ?? {});
          if (m.depth > maxDepth) {
            throw new GraphQLError(`查询嵌套过深：${m.depth} 层，上限 ${maxDepth} (query depth ${m.depth} exceeds ${maxDepth})`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (m.cost > maxCost) {
            throw new GraphQLError(`查询代价过高：${m.cost}，上限 ${maxCost} (query cost ${m.cost} exceeds ${maxCost})`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          const isIntrospection = /\b__schema\b|\b__type\b/.test(request.query ?? '');
          if (isIntrospection && !config.introspectionEnabled && !contextValue.identity.roles.includes('ADMIN')) {
            throw new GraphQLError('本环境未开放内省 (introspection is disabled here)', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}

/** Per-key token buckets: `perMinute` requests, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number) {}

  /** True when the request may go ahead. */
  take(key: string, now = Date.now()): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const refill = ((now - b.at) / 60_000) * this.perMinute;
    b.tokens = Math.min(this.perMinute, b.tokens + refill);
    b.at = now;
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return false;
    }
    b.tokens -= 1;
    this.buckets.set(key, b);
    if (this.buckets.size > 100_000) this.buckets.clear();
    return true;
  }
}
