import { AUTHENTICATED_HEADER, IDENTITY_HEADER, TOKEN_STATUS_CHANGED_HEADER, loadSubgraphSchema, sendJson, startSubgraph, verifyForwardedIdentity, type ServiceModule } from '@zz/common';
import { createPersonnelDataSource } from './db/data-source';
import { createContextFactory } from './context';
import { resolvers } from './resolvers';
import { seedPersonnel } from './seed';
import { TokenRepository } from './db/repositories/token-repository';

export const typeDefs = loadSubgraphSchema(__dirname);

/** The personnel subgraph: accounts, centers, departments, staff, mediators, matching, appointments, evaluations. */
export const personnelService: ServiceModule = {
  name: 'personnel',
  typeDefs,
  createDataSource: (config, url, options) => createPersonnelDataSource(config, url, options),
  seedDemo: (ds, world) => seedPersonnel(ds, world),
  async start({ config, dataSource, port, host }) {
    const tokens = new TokenRepository(dataSource);
    return startSubgraph(
      {
        name: 'personnel', typeDefs, resolvers, config, context: createContextFactory(dataSource, config),
        ready: async () => !!(await dataSource.query('SELECT 1')),
        // After a login the gateway runs the rest of the query plan as the user it proved (gateway/src/upgrade.ts).
        // After a revocation the gateway that carried it forgets the account's cached token status at once.
        responseHeaders: (ctx) => {
          const headers: Record<string, string> = {};
          if (ctx.authenticated) headers[AUTHENTICATED_HEADER] = ctx.authenticated.token;
          if (ctx.tokenStatusChanged.size) headers[TOKEN_STATUS_CHANGED_HEADER] = [...ctx.tokenStatusChanged].join(',');
          return headers;
        },
        // The gateway asks here whether a token is still good: account active at that version, jti not logged out.
        routes: async (req, res, url) => {
          if (url.pathname !== '/internal/token-status') return false;
          try {
            const caller = await verifyForwardedIdentity(req.headers[IDENTITY_HEADER] as string | undefined, config.internalSecret);
            if (caller.kind !== 'service') throw new Error('service identity required');
          } catch {
            sendJson(res, 401, { error: 'unauthenticated' });
            return true;
          }
          sendJson(res, 200, await tokens.status(url.searchParams.get('userId') ?? '', url.searchParams.get('jti')));
          return true;
        },
      },
      port,
      host,
    );
  },
};
