/** Runs the gateway alone (its subgraphs elsewhere, at CASES_URL … SUPERVISION_URL). */
import { loadConfig, createLogger } from '@zz/common';
import { createGatewayServer } from './server';

const log = createLogger('gateway');

async function main() {
  const config = loadConfig();
  const server = await createGatewayServer(config);
  const url = await server.listen(config.gatewayPort, config.host);
  log.info(`gateway ready at ${url}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  log.error('gateway failed to start', { err });
  process.exit(1);
});
