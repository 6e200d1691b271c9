import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose';

describe('supergraph composition', () => {
  const result = composeSupergraph();

  it('composes the four subgraphs without errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.supergraphSdl).toBeTruthy();
  });

  it('matches the committed schema/supergraph.graphql (run `npm run compose` after changing an SDL)', () => {
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(result.supergraphSdl);
  });
});
