import type { Identity } from '@zz/common';

export interface GatewayContext {
  identity: Identity;
  /** The signed identity header forwarded to subgraphs. */
  forwardedIdentity: string;
  /** SQL statements the subgraphs reported for this request (test mode). */
  sqlStatements: number;
}
