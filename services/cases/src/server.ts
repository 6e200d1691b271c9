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
import { ResidentStore } from './store/resident-store';
import { LocalSmsSink, Notifier } from './service/notify';
import { ResidentService } from './service/resident-service';
import { InternalResidentDirectory } from './service/resident-directory';

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
    const client = createInternalClient(config);
    const residentStore = new ResidentStore(dataSource);
    // The notification port's adapter: the local sink here; a carrier's SMS gateway implements SmsGateway and goes in its place.
    const notifier = new Notifier(new LocalSmsSink(residentStore), clock);
    const resident = new ResidentService(service, residentStore, new InternalResidentDirectory(client), notifier, client, config.resident,
      config.jwtSecret, config.env !== 'production');
    service.onResolved = (c) => resident.notifyResolved(c);
    const queries = new CaseQueries(store, directory, config, policy);
    const context = createContextFactory({ config, service, queries, directory, store, resident });
    return startSubgraph(
      { name: 'cases', typeDefs, resolvers, config, context, auditDataSource: dataSource, ready: async () => !!(await dataSource.query('SELECT 1')) },
      port,
      host,
    );
  },
};
