/** The page's one Apollo client (app/apollo.ts). What a server-ended session does is set by the router. */
import { createApollo } from './apollo';
import { session } from './session-hooks';

let sessionExpired: () => void = () => session.clear();

export const apollo = createApollo({ session, onSessionExpired: () => sessionExpired() });

export function onSessionExpired(handler: () => void): void {
  sessionExpired = handler;
}
