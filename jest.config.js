// Test kinds by file suffix: *.test.ts unit (no DB), *.int.test.ts integration (real PostgreSQL),
// *.e2e.test.ts end to end through the gateway, *.browser.test.ts the same in a real Chromium
// (e2e/browser/chromium.ts). Integration, e2e and browser share one PostgreSQL started (or reached
// through DATABASE_URL) in globalSetup; each test file clones a migrated template database.
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(__dirname + '/.swcrc.json', 'utf8'));
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };
const ignore = ['/node_modules/', '/.data/'];
const database = { globalSetup: '<rootDir>/platform/src/testing/global-setup.ts', globalTeardown: '<rootDir>/platform/src/testing/global-teardown.ts' };
module.exports = {
  // Per-project testTimeout is ignored by jest; this applies to hooks and tests of every project.
  testTimeout: 90000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.test.ts'], testPathIgnorePatterns: [...ignore, '\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$', '\\.browser\\.test\\.ts$'] },
    { ...common, ...database, displayName: 'integration', testMatch: ['<rootDir>/**/*.int.test.ts'], testPathIgnorePatterns: ignore },
    { ...common, ...database, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.test.ts'], testPathIgnorePatterns: ignore },
    { ...common, ...database, displayName: 'browser', testMatch: ['<rootDir>/**/*.browser.test.ts'], testPathIgnorePatterns: ignore },
  ],
};
