/**
 * Sensitive reads are noted while a request is resolved (noteSensitiveRead, from any resolver) and
 * written once, as one row per kind, when the response is about to be sent (auditPlugin). A response
 * whose reads could not be written is not sent: an unaudited sensitive read must not happen.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { Identity } from '../auth';
import { requestStore } from '../request-context';
import { createLogger } from '../logging';

/** KEY_PERSON: a 重点人群 record; PARTY_PII: a party's full phone or ID number; REPORTER_PHONE / CONTACT_PHONE: a resident's number; EXPORT: a list exported. */
export type SensitiveReadKind = 'KEY_PERSON' | 'PARTY_PII' | 'REPORTER_PHONE' | 'CONTACT_PHONE' | 'EXPORT';
export const SENSITIVE_READ_KINDS: readonly SensitiveReadKind[] = ['KEY_PERSON', 'PARTY_PII', 'REPORTER_PHONE', 'CONTACT_PHONE', 'EXPORT'];

export const ACCESS_REASON_HEADER = 'x-zz-access-reason';
/**
 * Set by the gateway on the subgraph calls of its export endpoint (the gateway never forwards a
 * client's own headers): what is being exported, e.g. `cases`. The subgraph notes an EXPORT read of
 * every record it returns to such a call.
 */
export const EXPORT_HEADER = 'x-zz-export';

/** What the gateway's export header says, or null (only short lowercase names are accepted). */
export function exportingFrom(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header[0] : header;
  return raw && /^[a-z-]{1,32}$/.test(raw) ? raw : null;
}

/** What the current subgraph request exports (EXPORT_HEADER), or null. */
export function currentExport(): string | null {
  return requestStore.getStore()?.exporting ?? null;
}
/** The reason a user gave (查阅事由), as the console sends it: URI-encoded, at most this many characters. */
export const ACCESS_REASON_MAX = 200;

/** Decodes and tidies a reason header; null when absent or unusable (a malformed reason is dropped, never an error). */
export function accessReasonFrom(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // Control characters (new lines included) would let a reason forge lines in exports of the log.
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return clean ? [...clean].slice(0, ACCESS_REASON_MAX).join('') : null;
}

export interface NotedRead {
  kind: SensitiveReadKind;
  subjectType: string;
  ids: Set<string>;
}

/** Notes that this request serves sensitive data about `ids` (a no-op outside a subgraph request). */
export function noteSensitiveRead(kind: SensitiveReadKind, subjectType: string, ids: readonly string[]): void {
  const store = requestStore.getStore();
  if (!store || !ids.length) return;
  store.sensitiveReads ??= new Map();
  const key = `${kind}:${subjectType}`;
  let noted = store.sensitiveReads.get(key);
  if (!noted) store.sensitiveReads.set(key, (noted = { kind, subjectType, ids: new Set() }));
  for (const id of ids) noted.ids.add(id);
}

const log = createLogger('audit');

/** Writes the request's noted reads; replaces the answer with an error when that fails. */
export function auditPlugin(service: string, dataSource: () => DataSource): ApolloServerPlugin<{ identity: Identity }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, request }) {
          const store = requestStore.getStore();
          const reads = store?.sensitiveReads;
          if (!store || !reads?.size) return;
          store.sensitiveReads = undefined;
          const who = contextValue.identity;
          try {
            await writeReads(dataSource(), service, who, [...reads.values()], {
              clientAddress: store.clientAddress ?? null, reason: store.accessReason ?? null, operation: request.operationName ?? null,
            });
          } catch (err) {
            log.error('audit write failed: the answer is withheld', { err: err as Error });
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [new GraphQLError('审计记录写入失败，请稍后重试 (could not record this read; try again)', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
            }
          }
        },
      };
    },
  };
}

async function writeReads(ds: DataSource, service: string, who: Identity, reads: NotedRead[], meta: { clientAddress: string | null; reason: string | null; operation: string | null }): Promise<void> {
  const params: unknown[] = [];
  const rows = reads.map((r) => {
    const ids = [...r.ids];
    const values = [service, r.kind, r.subjectType, ids, ids.length, who.userId, who.username, who.roles, who.regionCode, meta.clientAddress, meta.operation, meta.reason];
    const at = params.length;
    params.push(...values);
    return `(${values.map((_, i) => `$${at + i + 1}`).join(', ')})`;
  });
  await ds.query(`INSERT INTO audit.sensitive_read (service, kind, subject_type, subject_ids, subject_count, actor_id, actor_username, actor_roles,
    actor_region_code, client_address, operation, reason) VALUES ${rows.join(', ')}`, params);
}
