/**
 * From a subscription document to the query that resolves one event's payload through the gateway:
 *
 *   subscription S($kinds: [DispatchEventKind!], $withMediator: Boolean!) {
 *     board: dispatchEvents(kinds: $kinds) { cursor case { code assignments @include(if: $withMediator) { … } } }
 *   }
 * becomes
 *   query DispatchEventPayload($withMediator: Boolean!, $dispatchEventCursor: String!) {
 *     board: _dispatchEvent(cursor: $dispatchEventCursor) { cursor case { code assignments @include(if: $withMediator) { … } } }
 *   }
 *
 * executed with apollo.executeOperation, so the query planner resolves every cross-subgraph field
 * exactly as for an HTTP query (no hand-written per-field code here). The response key (alias) is
 * kept, so the query's `data` is the subscription's result as is.
 */
import {
  GraphQLError, Kind, getArgumentValues, getOperationAST, getVariableValues, print, visit,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type VariableDefinitionNode,
} from 'graphql';

export const SUBSCRIPTION_FIELD = 'dispatchEvents';
export const PAYLOAD_QUERY_FIELD = '_dispatchEvent';

export interface DispatchArgs {
  regionId: string | null;
  kinds: string[] | null;
  after: string | null;
}

export interface PayloadPlan {
  /** The printed query (also the cache key of Apollo's document store and the gateway's plan cache). */
  query: string;
  /** Values of the variables the selection uses (the cursor is added per event). */
  variables: Record<string, unknown>;
  /** Name of the cursor variable in `query`. */
  cursorVariable: string;
  /** The root field's response key (alias or `dispatchEvents`). */
  responseKey: string;
  /** Normalised query + variables: part of the dedupe key. */
  shareKey: string;
  /** Coerced arguments of `dispatchEvents`. */
  args: DispatchArgs;
}

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** JSON with sorted object keys: equal values give equal strings whatever order the client sent. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The one root field of the subscription, looking through root-level fragments (no directives there). */
function rootField(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode {
  const fields: FieldNode[] = [];
  const collect = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.directives?.length) throw badRequest('订阅的根字段上不支持指令 (directives on the subscription root are not supported)');
      if (sel.kind === Kind.FIELD) fields.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, seen);
      else {
        const f = fragments.get(sel.name.value);
        if (f && !seen.has(f.name.value)) collect(f.selectionSet, new Set([...seen, f.name.value]));
      }
    }
  };
  collect(op.selectionSet, new Set());
  if (fields.length !== 1 || fields[0].name.value !== SUBSCRIPTION_FIELD) {
    throw badRequest(`订阅只能选择一个根字段 ${SUBSCRIPTION_FIELD} (a subscription selects exactly one root field: ${SUBSCRIPTION_FIELD})`);
  }
  return fields[0];
}

/** Variables and fragments a selection set uses, transitively through fragment spreads. */
function usage(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): { variables: Set<string>; fragments: Set<string> } {
  const variables = new Set<string>();
  const used = new Set<string>();
  const walk = (node: SelectionSetNode) => {
    visit(node, {
      Variable: (v) => { variables.add(v.name.value); },
      FragmentSpread: (s) => {
        const name = s.name.value;
        const f = fragments.get(name);
        if (f && !used.has(name)) {
          used.add(name);
          walk(f.selectionSet);
        }
      },
    });
  };
  walk(set);
  return { variables, fragments: used };
}

/**
 * Builds the per-event payload query of a (validated) subscription. Throws a BAD_USER_INPUT
 * GraphQLError for what the subscription server does not support, or for bad variable values.
 */
export function planPayload(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined): PayloadPlan {
  const op = getOperationAST(document, operationName ?? undefined);
  if (!op) throw badRequest('找不到要执行的操作 (unable to identify the operation)');
  if (op.operation !== 'subscription') throw badRequest('WebSocket 只接受订阅；查询和变更请用 HTTP POST (only subscriptions over websocket; send queries and mutations over HTTP)');
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const field = rootField(op, fragments);
  if (!field.selectionSet) throw badRequest('dispatchEvents 需要选择字段 (select fields of DispatchEvent)');

  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) throw coerced.errors[0];
  const fieldDef = schema.getSubscriptionType()?.getFields()[SUBSCRIPTION_FIELD];
  if (!fieldDef) throw badRequest('网关的 API 模式中没有 dispatchEvents (the schema has no dispatchEvents)');
  const a = getArgumentValues(fieldDef, field, coerced.coerced);
  const args: DispatchArgs = {
    regionId: (a.regionId as string | undefined) ?? null,
    kinds: (a.kinds as string[] | undefined) ?? null,
    after: (a.after as string | undefined) ?? null,
  };

  const used = usage(field.selectionSet, fragments);
  const definitions = (op.variableDefinitions ?? []).filter((d) => used.variables.has(d.variable.name.value));
  let cursorVariable = 'dispatchEventCursor';
  while ((op.variableDefinitions ?? []).some((d) => d.variable.name.value === cursorVariable)) cursorVariable += '_';
  const cursorDef: VariableDefinitionNode = {
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: cursorVariable } },
    type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } } },
  };
  const responseKey = field.alias?.value ?? field.name.value;
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: 'DispatchEventPayload' },
    variableDefinitions: [...definitions, cursorDef],
    directives: [],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [{
        kind: Kind.FIELD,
        alias: { kind: Kind.NAME, value: responseKey },
        name: { kind: Kind.NAME, value: PAYLOAD_QUERY_FIELD },
        arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'cursor' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: cursorVariable } } }],
        directives: [],
        selectionSet: field.selectionSet,
      }],
    },
  };
  const doc: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [query, ...[...fragments.values()].filter((f) => used.fragments.has(f.name.value))],
  };
  const variables: Record<string, unknown> = {};
  for (const d of definitions) {
    const name = d.variable.name.value;
    if (rawVariables && name in rawVariables) variables[name] = rawVariables[name];
  }
  const text = print(doc);
  return { query: text, variables, cursorVariable, responseKey, shareKey: `${text}\n${stableJson(variables)}`, args };
}
