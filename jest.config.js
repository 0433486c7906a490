// Jest runs TypeScript through ts-jest in transpile-only mode (isolatedModules: fast, no type-check);
// `npm run typecheck` does the type-checking. TypeScript is pinned to 5.x: ts-jest needs its compiler API.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx', isolatedModules: true } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
