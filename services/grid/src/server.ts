import { loadSubgraphSchema, startSubgraph, type RunningServer, type ServiceModule } from '@zz/common';
import type { World } from '@zz/demo-world';
import { createGridDataSource } from './store/data-source';
import { createContextFactory } from './context';
import { resolvers } from './resolvers';
import { seedGrid } from './seed';
import { VisitWatch } from './service/visit-watch';
import { RiskWatch } from './service/risk-watch';
import { KeyPersonStore } from './store/key-person-store';

/**
 * A running grid subgraph, its watch over key persons' visits and its consumer of risk warnings about
 * them (started with `jobs`, else driven by hand).
 */
export interface GridServer extends RunningServer {
  watch: VisitWatch;
  riskWatch: RiskWatch;
}

export const typeDefs = loadSubgraphSchema(__dirname);

/** The grid subgraph: territory, grids, grid workers, reports, patrol tasks, key persons. No side effects on import. */
export const gridService: ServiceModule<World> = {
  name: 'grid',
  typeDefs,
  createDataSource: (config, url, options) => createGridDataSource(config, url, options),
  seedDemo: (ds, world) => seedGrid(ds, world),
  async start({ config, dataSource, port, host, jobs, clock }): Promise<GridServer> {
    const context = createContextFactory(dataSource, config);
    const keyPersons = new KeyPersonStore(dataSource);
    const watch = new VisitWatch(dataSource, keyPersons, clock);
    const riskWatch = new RiskWatch(dataSource, keyPersons, clock);
    const server = await startSubgraph(
      { name: 'grid', typeDefs, resolvers, config, context, auditDataSource: dataSource, ready: async () => !!(await dataSource.query('SELECT 1')) },
      port,
      host,
    );
    if (jobs) {
      watch.start(config.grid.visitWatchIntervalMs);
      riskWatch.start(config.grid.riskWatchIntervalMs);
    }
    return {
      ...server,
      watch,
      riskWatch,
      async close() {
        await Promise.all([watch.stop(), riskWatch.stop()]);
        await server.close();
      },
    };
  },
};
