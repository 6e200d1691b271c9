// Test kinds by file suffix: *.test.ts unit (no DB), *.int.test.ts integration (real PostgreSQL),
// *.e2e.test.ts end to end through the gateway, *.browser.test.ts the same in a real Chromium
// (e2e/browser/chromium.ts). Integration, e2e and browser share one PostgreSQL started (or reached
// through DATABASE_URL) in globalSetup; each test file clones a migrated template database.
// Integration and e2e files run two at a time (`npm run test:int`), then the browser tests two at a time; the
// few files that must have the server to themselves (SERIAL) and the long real-time stories in the console
// (STORIES) run one at a time after them.
// SERIAL: the event log's commit-order test reads up to the oldest transaction open anywhere on the
// server (transaction ids are server-wide), so another file's open transactions hold its reader back.
const SERIAL = ['e2e/event-log.e2e.test.ts'];
const serialPattern = SERIAL.map((f) => `<rootDir>/${f.replace(/\./g, '\\.')}$`);
// STORIES: the seed stories walked through the console in real time, each minutes long with supervision's jobs and
// many waits on the read model; two of them side by side on a 2-core machine starve each other's timers.
const STORIES = ['resolution-mode', 'story-joint-mediation', 'story-group-refund', 'ladder-deadlines', 'case-file'].map((n) => `e2e/browser/${n}.browser.test.ts`);
const storyPattern = STORIES.map((f) => `<rootDir>/${f.replace(/\./g, '\\.')}$`);
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(__dirname + '/.swcrc.json', 'utf8'));
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };
const ignore = ['/node_modules/', '/.data/'];
// Browser tests retry a failed test once (e2e/browser/retry-once.ts says why).
const retryOnce = { setupFilesAfterEnv: ['<rootDir>/e2e/browser/retry-once.ts'] };
const database = { globalSetup: '<rootDir>/platform/src/testing/global-setup.ts', globalTeardown: '<rootDir>/platform/src/testing/global-teardown.ts' };
module.exports = {
  // Per-project testTimeout is ignored by jest; this applies to hooks and tests of every project.
  testTimeout: 90000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.test.ts'], testPathIgnorePatterns: [...ignore, '\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$', '\\.browser\\.test\\.ts$'] },
    { ...common, ...database, displayName: 'integration', testMatch: ['<rootDir>/**/*.int.test.ts'], testPathIgnorePatterns: ignore },
    { ...common, ...database, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.test.ts'], testPathIgnorePatterns: [...ignore, ...serialPattern] },
    { ...common, ...database, displayName: 'serial', testMatch: SERIAL.map((f) => `<rootDir>/${f}`), testPathIgnorePatterns: ignore },
    { ...common, ...database, ...retryOnce, displayName: 'browser', testMatch: ['<rootDir>/**/*.browser.test.ts'], testPathIgnorePatterns: [...ignore, ...storyPattern] },
    { ...common, ...database, ...retryOnce, displayName: 'stories', testMatch: STORIES.map((f) => `<rootDir>/${f}`), testPathIgnorePatterns: ignore },
  ],
};
