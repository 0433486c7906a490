// Browser tests: the built pane (dist/) in Debian's Chromium driven by playwright-core. `npm run test:e2e`
// runs after `npm run build`; see test/e2e.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', isolatedModules: true } }] },
  testTimeout: 60_000,
};
