import { AUTHENTICATED_HEADER, IDENTITY_HEADER, TOKEN_STATUS_CHANGED_HEADER, createLogger, loadSubgraphSchema, sendJson, startSubgraph, verifyForwardedIdentity, type ServiceModule } from '@zz/common';
import type { World } from '@zz/demo-world';
import { createPersonnelDataSource } from './store/data-source';
import { createContextFactory } from './context';
import { resolvers } from './resolvers';
import { seedPersonnel } from './seed';
import { createStores } from './store';
import { TokenService } from './service/token-service';

const log = createLogger('personnel');

export const typeDefs = loadSubgraphSchema(__dirname);

/** The personnel subgraph: accounts, centers, departments, staff, mediators, matching, appointments, evaluations. */
export const personnelService: ServiceModule<World> = {
  name: 'personnel',
  typeDefs,
  createDataSource: (config, url, options) => createPersonnelDataSource(config, url, options),
  seedDemo: (ds, world) => seedPersonnel(ds, world),
  async start({ config, dataSource, port, host, jobs }) {
    const tokens = new TokenService(createStores(dataSource));
    const server = await startSubgraph(
      {
        name: 'personnel', typeDefs, resolvers, config, context: createContextFactory(dataSource, config), auditDataSource: dataSource,
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
    if (!jobs) return server;
    const stopHousekeeping = scheduleHousekeeping(tokens, config.login.failureWindowSeconds);
    return { ...server, close: async () => { stopHousekeeping(); await server.close(); } };
  },
};

/** Hourly login housekeeping (TokenService.housekeeping). */
function scheduleHousekeeping(tokens: TokenService, windowSeconds: number): () => void {
  const run = () => tokens.housekeeping(windowSeconds)
    .catch((err) => log.warn('login housekeeping failed', { message: (err as Error).message }));
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
