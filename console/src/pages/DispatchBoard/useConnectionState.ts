/**
 * The subscription socket's state for the board's badge, from graphql-ws's own events: every close
 * before the next `connected` counts as one more reconnect attempt (the client retries for ever,
 * app/apollo.ts).
 */
import { useEffect, useState } from 'react';
import { apollo } from '../../app/client';

export type ConnectionState = { state: 'connecting' } | { state: 'connected' } | { state: 'reconnecting'; attempt: number };

export function useConnectionState(): ConnectionState {
  const [s, setS] = useState<ConnectionState>({ state: 'connecting' });
  useEffect(() => {
    let everConnected = false;
    let attempt = 0;
    const offs = [
      apollo.ws.on('connected', () => {
        everConnected = true;
        attempt = 0;
        setS({ state: 'connected' });
      }),
      apollo.ws.on('closed', () => {
        if (!everConnected) return;
        attempt += 1;
        setS({ state: 'reconnecting', attempt });
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);
  return s;
}
