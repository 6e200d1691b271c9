import { loadSubgraphSchema, startSubgraph, type ServiceModule } from '@zz/common';
import type { World } from '@zz/demo-world';
import { createGridDataSource } from './store/data-source';
import { createContextFactory } from './context';
import { resolvers } from './resolvers';
import { seedGrid } from './seed';

export const typeDefs = loadSubgraphSchema(__dirname);

/** The grid subgraph: territory, grids, grid workers, reports, patrol tasks. No side effects on import. */
export const gridService: ServiceModule<World> = {
  name: 'grid',
  typeDefs,
  createDataSource: (config, url, options) => createGridDataSource(config, url, options),
  seedDemo: (ds, world) => seedGrid(ds, world),
  async start({ config, dataSource, port, host }) {
    const context = createContextFactory(dataSource, config);
    return startSubgraph(
      { name: 'grid', typeDefs, resolvers, config, context, auditDataSource: dataSource, ready: async () => !!(await dataSource.query('SELECT 1')) },
      port,
      host,
    );
  },
};
