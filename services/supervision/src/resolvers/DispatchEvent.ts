/**
 * DispatchEvent (dispatch.graphql, issue 7). The subgraph never executes the subscription itself: the
 * gateway's websocket server reads the durable log, filters it, and resolves each event's payload by
 * querying `_dispatchEvent(cursor)` (Query.ts) with the subscriber's selection through the query
 * planner. This file only turns one stored log row into a `DispatchEvent` whose entity fields are references.
 *
 * Entities owned elsewhere (Region, PatrolTask, GridReport, Appointment) are returned as `{ id }` and
 * the planner fetches them from their subgraph. `Case` and `SupervisionLetter` are resolvable HERE,
 * so the planner resolves their supervision fields in the same fetch, with whatever this field returns
 * as parent: they go through supervision's own `__resolveReference`, exactly as if the gateway had
 * asked for them by reference.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { StoredEvent } from '@zz/events';
import type { SupervisionContext } from '../context';
import type { DispatchEventResolvers, ResolversTypes } from '../generated/resolvers-types';
import { snapshotOf } from '../domain/read-model';
import { Case } from './Case';
import { SupervisionLetter } from './SupervisionLetter';
import { RiskWarning } from './RiskWarning';

type ReferenceResolver = (reference: { __typename: string; id: string }, ctx: SupervisionContext, info: GraphQLResolveInfo) => unknown;

/**
 * A federated reference `{ id }`, expanded by the type's own reference resolver when this subgraph has
 * one. With `keepReference`, a reference resolver answering null (supervision does not know the case
 * yet, its read model lagging) still yields `{ id }`: the case's other subgraphs decide their own
 * fields, supervision decides `supervision`.
 */
function reference<K extends keyof ResolversTypes>(typename: K, resolveReference: ReferenceResolver | undefined, keepReference = false) {
  return async (id: string | null, ctx: SupervisionContext, info: GraphQLResolveInfo): Promise<ResolversTypes[K] | null> => {
    if (!id) return null;
    const ref = { __typename: typename as string, id };
    const resolved = resolveReference ? await resolveReference(ref, ctx, info) : ref;
    return (resolved ?? (keepReference ? ref : null)) as ResolversTypes[K] | null;
  };
}

const caseRef = reference('Case', Case.__resolveReference as unknown as ReferenceResolver, true);
const letterRef = reference('SupervisionLetter', SupervisionLetter.__resolveReference as unknown as ReferenceResolver);
const riskRef = reference('RiskWarning', RiskWarning.__resolveReference as unknown as ReferenceResolver);
const plain = <K extends keyof ResolversTypes>(k: K) => reference(k, undefined);
const regionRef = plain('Region'), patrolRef = plain('PatrolTask'), reportRef = plain('GridReport'), appointmentRef = plain('Appointment');
// Grid answers a key person's reference with null for whoever may not read key persons.
const keyPersonRef = plain('KeyPerson');

/** An id the event's data names (key persons and risk warnings have no column of their own in the log). */
const dataId = (e: StoredEvent, field: 'keyPersonId' | 'riskWarningId'): string | null => {
  const v = (e.data as unknown as Record<string, unknown>)[field];
  return typeof v === 'string' ? v : null;
};

export const DispatchEvent: DispatchEventResolvers = {
  cursor: (e: StoredEvent) => e.cursor,
  kind: (e: StoredEvent) => e.kind,
  occurredAt: (e: StoredEvent) => e.occurredAt,
  region: async (e, _, ctx, info) => (await regionRef(e.regionId, ctx, info))!,
  case: (e, _, ctx, info) => {
    // The event carries the case as it stood after the change: for a case the read model does not
    // hold yet (intaken a moment ago), that snapshot is the case's view, so the log is read once.
    const snapshot = snapshotOf(e.data);
    if (snapshot && snapshot.id === e.caseId) ctx.snapshots.set(snapshot.id, { snapshot, eventId: e.id, occurredAt: e.occurredAt });
    return caseRef(e.caseId, ctx, info);
  },
  patrolTask: (e, _, ctx, info) => patrolRef(e.patrolTaskId, ctx, info),
  gridReport: (e, _, ctx, info) => reportRef(e.gridReportId, ctx, info),
  appointment: (e, _, ctx, info) => appointmentRef(e.appointmentId, ctx, info),
  letter: (e, _, ctx, info) => letterRef(e.letterId, ctx, info),
  riskWarning: (e, _, ctx, info) => riskRef(dataId(e, 'riskWarningId'), ctx, info),
  keyPerson: (e, _, ctx, info) => keyPersonRef(dataId(e, 'keyPersonId'), ctx, info),
  note: (e: StoredEvent) => (typeof e.data.note === 'string' ? e.data.note : null),
};
