/**
 * Resolvers of dispatch.graphql (issue 7). The subgraph never executes the subscription itself: the
 * gateway's websocket server reads the durable log, filters it, and resolves each event's payload by
 * querying `_dispatchEvent(cursor)` with the subscriber's selection through the query planner. This
 * file only turns one stored log row into a `DispatchEvent` whose entity fields are references.
 *
 * Entities owned elsewhere (Region, PatrolTask, GridReport, Appointment) are returned as `{ id }` and
 * the planner fetches them from their subgraph. `Case` and `SupervisionLetter` are resolvable HERE,
 * so the planner resolves their supervision fields in the same fetch, with whatever this field returns
 * as parent: they go through supervision's own `__resolveReference` (when it has one), exactly as if
 * the gateway had asked for them by reference.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { authorize, badInput, decodeCursor, readEventAt, type BaseContext, type StoredEvent } from '@zz/common';
import type { DispatchEventResolvers, QueryResolvers, ResolversTypes } from '../generated/resolvers-types';

type ReferenceResolver = (reference: { __typename: string; id: string }, ctx: BaseContext, info: GraphQLResolveInfo) => unknown;

/**
 * A federated reference `{ id }`, expanded by the type's own reference resolver when this subgraph has
 * one. With `keepReference`, a reference resolver answering null (supervision does not know the case
 * yet, its read model lagging) still yields `{ id }`: the case's other subgraphs decide their own
 * fields, supervision decides `supervision`.
 */
function reference<K extends keyof ResolversTypes>(typename: K, resolveReference: ReferenceResolver | undefined, keepReference = false) {
  return async (id: string | null, ctx: BaseContext, info: GraphQLResolveInfo): Promise<ResolversTypes[K] | null> => {
    if (!id) return null;
    const ref = { __typename: typename as string, id };
    const resolved = resolveReference ? await resolveReference(ref, ctx, info) : ref;
    return (resolved ?? (keepReference ? ref : null)) as ResolversTypes[K] | null;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ResolverMap = Record<string, any>;

export function createDispatchResolvers(dataSource: DataSource, own: ResolverMap = {}): { Query: QueryResolvers; DispatchEvent: DispatchEventResolvers } {
  const caseRef = reference('Case', own.Case?.__resolveReference, true);
  const letterRef = reference('SupervisionLetter', own.SupervisionLetter?.__resolveReference);
  const plain = <K extends keyof ResolversTypes>(k: K) => reference(k, undefined);
  const regionRef = plain('Region'), patrolRef = plain('PatrolTask'), reportRef = plain('GridReport'), appointmentRef = plain('Appointment');
  return {
    Query: {
      async _dispatchEvent(_, { cursor }, ctx) {
        authorize(ctx.identity, 'Query._dispatchEvent');
        const position = decodeCursor(cursor);
        if (!position) throw badInput('游标格式不正确 (malformed cursor)', 'cursor');
        const event = await readEventAt(dataSource, position);
        // Out of the caller's jurisdiction reads as absent (never an error that reveals existence).
        return event && ctx.scope.contains(event.regionCode) ? event : null;
      },
    },
    DispatchEvent: {
      cursor: (e: StoredEvent) => e.cursor,
      kind: (e: StoredEvent) => e.kind,
      occurredAt: (e: StoredEvent) => e.occurredAt,
      region: async (e, _, ctx, info) => (await regionRef(e.regionId, ctx, info))!,
      case: (e, _, ctx, info) => caseRef(e.caseId, ctx, info),
      patrolTask: (e, _, ctx, info) => patrolRef(e.patrolTaskId, ctx, info),
      gridReport: (e, _, ctx, info) => reportRef(e.gridReportId, ctx, info),
      appointment: (e, _, ctx, info) => appointmentRef(e.appointmentId, ctx, info),
      letter: (e, _, ctx, info) => letterRef(e.letterId, ctx, info),
      note: (e: StoredEvent) => (typeof e.data.note === 'string' ? e.data.note : null),
    },
  };
}

/**
 * The hook supervision's server.ts calls: its own resolvers plus the dispatch ones (Query merged
 * field by field, so neither side overwrites the other).
 */
export function withDispatchResolvers<R extends ResolverMap>(resolvers: R, dataSource: DataSource): R {
  const dispatch = createDispatchResolvers(dataSource, resolvers);
  return {
    ...resolvers,
    Query: { ...(resolvers.Query ?? {}), ...dispatch.Query },
    DispatchEvent: dispatch.DispatchEvent,
  };
}
