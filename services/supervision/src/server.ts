import { loadSubgraphSchema, startSubgraph, type RunningServer, type ServiceModule, type ServiceStartOptions } from '@zz/common';
import type { World } from '@zz/demo-world';
import { createContextFactory } from './context';
import { SupervisionRuntime } from './jobs/runtime';
import { resolvers } from './resolvers';
import { seedSupervision } from './seed';
import { createDeps, type Clock } from './service/deps';
import { createServices } from './service/services';
import { createSupervisionDataSource } from './store/data-source';

export const typeDefs = loadSubgraphSchema(__dirname);

export interface SupervisionServer extends RunningServer {
  /** The consumer and scheduler of this instance (tests drive them: drain(), tick(now)). */
  runtime: SupervisionRuntime;
}

export interface SupervisionStartOptions extends ServiceStartOptions {
  /** The scheduler's and the resolvers' notion of "now" (tests move it). */
  clock?: Clock;
}

/**
 * Starts one supervision instance: the subgraph, and — with `jobs` — its consumer and scheduler
 * timers. With `jobs: false` the runtime is still there for the caller to drive by hand.
 */
export async function startSupervision(options: SupervisionStartOptions): Promise<SupervisionServer> {
  const { config, dataSource, port, host } = options;
  const deps = createDeps(dataSource, config, { clock: options.clock });
  const services = createServices(deps);
  const runtime = new SupervisionRuntime(deps, services);
  const server = await startSubgraph(
    {
      name: 'supervision',
      typeDefs,
      resolvers,
      config,
      context: createContextFactory(deps, services),
      ready: async () => !!(await dataSource.query('SELECT 1')),
    },
    port,
    host,
  );
  if (options.jobs) await runtime.start();
  return {
    ...server,
    runtime,
    async close() {
      await runtime.stop();
      await server.close();
    },
  };
}

/** The supervision subgraph: deadlines, alerts, letters, follow-ups, accountability, statistics, risk warnings. */
export function createSupervisionService(options: { clock?: Clock } = {}): ServiceModule<World> {
  return {
    name: 'supervision',
    typeDefs,
    createDataSource: (config, url, opts) => createSupervisionDataSource(config, url, opts),
    seedDemo: (ds, world, config) => seedSupervision(ds, world, config),
    start: (opts) => startSupervision({ ...opts, clock: options.clock ?? opts.clock }),
  };
}

export const supervisionService: ServiceModule<World> = createSupervisionService();
