/** The volume loaders, one per service that owns volume tables, run in this order. */
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { ServiceName } from '@zz/common';
import type { World } from '@zz/demo-world';

export interface VolumeContext {
  client: Client;
  /** The database's URL (a module may open more connections). */
  url: string;
  world: World;
  /** Total cases wanted. */
  cases: number;
  now: Date;
  batchSize: number;
  /** The live event log's retention (config.eventRetentionDays). */
  eventRetentionDays: number;
  /** What earlier modules loaded (e.g. the case plan for the supervision module). */
  details: Record<string, unknown>;
  dataSources: Record<ServiceName, DataSource>;
}

export interface VolumeModule {
  name: string;
  /** Loads the module's tables; returns rows per table and what it skipped (and why). */
  load(ctx: VolumeContext): Promise<Record<string, unknown>>;
}

import { casesModule } from './cases';
import { supervisionModule } from './supervision';
import { gridModule } from './grid';

/** cases first (it writes the event log), then what derives from it. */
export const VOLUME_MODULES: VolumeModule[] = [casesModule, supervisionModule, gridModule];
