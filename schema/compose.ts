/**
 * `npm run compose`: composes the four subgraph SDLs into schema/supergraph.graphql (committed; the
 * gateway loads that file, never introspects at run time). `--check` fails when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphSdlText, SERVICE_NAMES } from '@zz/common';

export const SUPERGRAPH_FILE = path.join(__dirname, 'supergraph.graphql');
const DEFAULT_URLS: Record<string, string> = { cases: 'http://127.0.0.1:4001/graphql', personnel: 'http://127.0.0.1:4002/graphql', grid: 'http://127.0.0.1:4003/graphql', supervision: 'http://127.0.0.1:4004/graphql' };

export function composeSupergraph(): { supergraphSdl: string | null; errors: string[]; hints: string[] } {
  const services = SERVICE_NAMES.map((name) => ({
    name,
    url: DEFAULT_URLS[name],
    typeDefs: parse(subgraphSdlText(path.join(__dirname, '..', 'services', name, 'src'))),
  }));
  const result = composeServices(services);
  if (result.errors) return { supergraphSdl: null, errors: result.errors.map((e) => e.message), hints: [] };
  return { supergraphSdl: result.supergraphSdl, errors: [], hints: result.hints.map((h) => h.toString()) };
}

if (require.main === module) {
  const { supergraphSdl, errors } = composeSupergraph();
  if (!supergraphSdl) {
    console.error('Composition failed:\n' + errors.map((e) => '  - ' + e).join('\n'));
    process.exit(1);
  }
  const check = process.argv.includes('--check');
  const current = fs.existsSync(SUPERGRAPH_FILE) ? fs.readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
  if (check) {
    if (current !== supergraphSdl) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit it');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    fs.writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
    console.log(`wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)} (${supergraphSdl.length} bytes)`);
  }
}
