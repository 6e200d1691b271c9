/**
 * A partner system's dispatch client (e.g. the 12345 hotline): subscribes to `dispatchEvents` over
 * graphql-ws, prints each event as one JSON line, and saves its cursor after each one, so that after a
 * restart, a network drop or a gateway restart it resumes exactly where it stopped (no event lost,
 * none repeated). See README.md beside this file.
 *
 *   PARTNER_TOKEN=$(npm run -s token -- --partner 12345 --region 441422) npx tsx examples/partner-client/client.ts
 *
 * Environment: PARTNER_TOKEN (required), GATEWAY_WS_URL (ws://127.0.0.1:4000/graphql),
 * CURSOR_FILE (./partner-cursor.txt), KINDS (comma-separated DispatchEventKind values), REGION_ID.
 */
import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

const url = process.env.GATEWAY_WS_URL ?? 'ws://127.0.0.1:4000/graphql';
const token = process.env.PARTNER_TOKEN ?? '';
const cursorFile = path.resolve(process.env.CURSOR_FILE ?? 'partner-cursor.txt');
const kinds = process.env.KINDS ? process.env.KINDS.split(',').map((k) => k.trim()).filter(Boolean) : null;
const regionId = process.env.REGION_ID || null;

if (!token) {
  console.error('PARTNER_TOKEN is required (npm run token -- --partner <id> --region <code>)');
  process.exit(2);
}

const QUERY = `subscription PartnerDispatch($after: String, $kinds: [DispatchEventKind!], $regionId: ID) {
  dispatchEvents(after: $after, kinds: $kinds, regionId: $regionId) {
    cursor kind occurredAt note
    region { code name }
    case { id code title status }
    patrolTask { id }
    gridReport { id }
    appointment { id }
  }
}`;

/** Close codes of the gateway (gateway/src/subscriptions/README.md). */
const UNAUTHORIZED = 4401;

function loadCursor(): string | null {
  try {
    return fs.readFileSync(cursorFile, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** Written after the event is handled, atomically (a crash leaves the old or the new cursor, never half). */
function saveCursor(cursor: string): void {
  const tmp = `${cursorFile}.tmp`;
  fs.writeFileSync(tmp, cursor);
  fs.renameSync(tmp, cursorFile);
}

let client: Client | null = null;
let stopping = false;

/** One connection and one subscription from the saved cursor; resolves with why it ended. */
function runOnce(after: string | null): Promise<{ fatal: string | null }> {
  return new Promise((resolve) => {
    let closeCode: number | null = null;
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      // We reconnect ourselves: a resubscription must carry the latest cursor, not the first one.
      retryAttempts: 0,
      lazy: false,
      on: { closed: (e) => { closeCode = (e as { code?: number }).code ?? null; } },
      onNonLazyError: () => undefined,
    });
    client.subscribe<{ dispatchEvents: Record<string, unknown> & { cursor: string } }>(
      { query: QUERY, variables: { after, kinds, regionId } },
      {
        next: (result) => {
          if (result.errors?.length) {
            console.error(`error from the gateway: ${JSON.stringify(result.errors)}`);
            return;
          }
          const event = result.data!.dispatchEvents;
          // Handle the event (here: print it), THEN save the cursor: at-least-once for the handler,
          // exactly-once when the handler stores its effect and the cursor together.
          process.stdout.write(JSON.stringify(event) + '\n');
          saveCursor(event.cursor);
        },
        error: (err) => {
          const errors = Array.isArray(err) ? err : null;
          closeCode = (err as { code?: number }).code ?? closeCode;
          const reason = errors?.[0]?.extensions?.reason;
          if (reason === 'CURSOR_EXPIRED') {
            return resolve({ fatal: `the saved cursor is older than the gateway's retention window: ${errors![0].message}\n` +
              `delete ${cursorFile} to start from now (and fetch the gap with queries)` });
          }
          if (closeCode === UNAUTHORIZED) return resolve({ fatal: 'token refused (expired or revoked): mint a new one with npm run token' });
          if (errors) return resolve({ fatal: `subscription refused: ${JSON.stringify(errors)}` });
          resolve({ fatal: null });
        },
        complete: () => resolve({ fatal: closeCode === UNAUTHORIZED ? 'token refused (expired or revoked): mint a new one with npm run token' : null }),
      },
    );
  });
}

async function main() {
  let delay = 500;
  while (!stopping) {
    const after = loadCursor();
    console.error(after ? `connecting to ${url}, resuming after ${after}` : `connecting to ${url}, starting from now`);
    const started = Date.now();
    const { fatal } = await runOnce(after);
    await client?.dispose();
    if (stopping) break;
    if (fatal) {
      console.error(fatal);
      process.exit(1);
    }
    // Dropped (network, gateway restart, slow-consumer cut-off 4413): reconnect with backoff and resume.
    delay = Date.now() - started > 30_000 ? 500 : Math.min(delay * 2, 30_000);
    console.error(`connection ended; reconnecting in ${delay} ms`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

const stop = async () => {
  stopping = true;
  await client?.dispose();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

void main();
