/**
 * The compiled servers `npm start` and the benchmarks run: every process is bundled, the workspace's code is
 * inside the bundles (no `@zz/` import is left for Node to resolve to TypeScript), node_modules stay outside, and
 * the directories the sources read files from (`__dirname`) are the source directories, which hold those files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../..');
const ENTRIES = ['start', 'seed', 'gateway', 'cases', 'personnel', 'grid', 'supervision'];

describe('scripts/build-server.mjs', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zz-build-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('bundles every process into plain JavaScript that needs no TypeScript loader', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-server.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const name of ENTRIES) {
      const js = fs.readFileSync(path.join(out, `${name}.js`), 'utf8');
      expect(js).not.toMatch(/require\(["']@zz\//);
      expect(js).toMatch(/require\(["']pg["']\)|require\(["']@apollo\//); // node_modules stay external
      // Every directory baked in for __dirname exists, and a subgraph's holds its schema.
      for (const [, dir] of js.matchAll(/var __dirname_\w* = "([^"]+)"|loadSubgraphSchema\)\("([^"]+)"\)/g)) expect(fs.existsSync(dir)).toBe(true);
    }
    const cases = fs.readFileSync(path.join(out, 'cases.js'), 'utf8');
    const schemaDir = path.join(ROOT, 'services/cases/src');
    expect(cases).toContain(JSON.stringify(schemaDir));
    expect(fs.existsSync(path.join(schemaDir, 'schema.graphql'))).toBe(true);
  });
});
