import type { Identity } from '@zz/common';

export interface GatewayContext {
  identity: Identity;
  /** The signed identity header forwarded to subgraphs. */
  forwardedIdentity: string;
  /** The client's address (client-address.ts), forwarded to subgraphs; null when unknown (subscriptions). */
  clientAddress: string | null;
  /** The reason the user gave for a sensitive read (x-zz-access-reason), forwarded to subgraphs for their audit. */
  accessReason?: string | null;
  /** Set by the export endpoint only (export/): what the request exports, forwarded so subgraphs audit it. */
  exporting?: string | null;
  /** SQL statements the subgraphs reported for this request (test mode). */
  sqlStatements: number;
}
