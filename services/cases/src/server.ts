import { createInternalClient, loadSubgraphSchema, startSubgraph, type ServiceModule } from '@zz/common';
import type { World } from '@zz/demo-world';
import { createCasesDataSource } from './store/data-source';
import { CaseStore } from './store/case-store';
import { createContextFactory } from './context';
import { resolvers } from './resolvers';
import { CaseService } from './service/case-service';
import { CaseQueries } from './service/case-query-service';
import { CachingDirectory, InternalDirectory } from './service/directory';
import { parseCasePolicy } from './domain/policy';
import { seedCases } from './seed';

export const typeDefs = loadSubgraphSchema(__dirname);

/** The cases subgraph: the case ledger from intake to closure. No side effects on import. */
export const casesService: ServiceModule<World> = {
  name: 'cases',
  typeDefs,
  createDataSource: (config, url, options) => createCasesDataSource(config, url, options),
  seedDemo: (ds, world, config) => seedCases(ds, world, config),
  async start({ config, dataSource, port, host, clock }) {
    const store = new CaseStore(dataSource);
    const internal = new InternalDirectory(createInternalClient(config));
    const directory = config.referenceCacheMs > 0 ? new CachingDirectory(internal, config.referenceCacheMs) : internal;
    // A bad county policy stops the service here, before it serves anything.
    const policy = parseCasePolicy(config.countyPolicyJson);
    const service = new CaseService(store, directory, policy, clock);
    const queries = new CaseQueries(store, directory, config, policy);
    const context = createContextFactory({ config, service, queries, directory, store });
    return startSubgraph(
      { name: 'cases', typeDefs, resolvers, config, context, auditDataSource: dataSource, ready: async () => !!(await dataSource.query('SELECT 1')) },
      port,
      host,
    );
  },
};
