import type { ServiceModule, ServiceName } from '@zz/common';
import { casesService } from '@zz/cases';
import { personnelService } from '@zz/personnel';
import { gridService } from '@zz/grid';
import { supervisionService } from '@zz/supervision';

/** Every subgraph, in the order they are migrated, seeded and started (dependencies first). */
export const SERVICES: ServiceModule[] = [gridService, personnelService, casesService, supervisionService];

export function serviceModule(name: ServiceName): ServiceModule {
  const s = SERVICES.find((m) => m.name === name);
  if (!s) throw new Error(`unknown service ${name}`);
  return s;
}
