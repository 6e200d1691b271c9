/**
 * WebSocket close codes of the dispatch subscription server (see README.md in this folder).
 * 4401 is graphql-ws's own "Unauthorized", which its client treats as fatal (no automatic retry: the
 * client needs a new token). 4408 is NOT used for slow consumers: graphql-ws already sends 4408 for
 * "connection initialisation timeout". 4413 is retried by graphql-ws clients; a client must then
 * resubscribe with `after` = the last cursor it received.
 */
export const CLOSE_CODES = {
  /** No token, or a malformed, forged, expired or revoked one; or the token expired / was revoked while connected. */
  UNAUTHORIZED: 4401,
  /** The subscriber's buffer went past SUBSCRIPTION_MAX_BUFFER events: reconnect and resume with the last cursor. */
  SLOW_CONSUMER: 4413,
  /** The gateway is shutting down (graphql-ws dispose): reconnect (to another instance) and resume. */
  GOING_AWAY: 1001,
} as const;

/** Close reasons are limited to 123 bytes: short ASCII. */
export const CLOSE_REASONS = {
  missingToken: 'Unauthorized: send connection_init payload { authorization: "Bearer <token>" }',
  invalidToken: 'Unauthorized: invalid token',
  expiredToken: 'Unauthorized: token expired',
  revokedToken: 'Unauthorized: token revoked or account disabled',
  slowConsumer: 'Slow consumer: buffer limit exceeded; reconnect and resubscribe with after = your last cursor',
} as const;
