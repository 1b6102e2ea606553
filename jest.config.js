/** Unit tests need no database; integration and e2e tests share one real Neo4j started by globalSetup. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }];
const common = { testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest }, setupFiles: ['reflect-metadata'] };

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/src/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/global-setup.ts',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
    },
  ],
};
