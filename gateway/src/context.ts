import type { Identity } from '@zz/common';

export interface GatewayContext {
  identity: Identity;
  /** The signed identity header forwarded to subgraphs. */
  forwardedIdentity: string;
  /** The end user's address (the TCP peer) and the reason given for a sensitive read, forwarded to subgraphs for their audit. */
  clientAddress?: string | null;
  accessReason?: string | null;
  /** SQL statements the subgraphs reported for this request (test mode). */
  sqlStatements: number;
}
