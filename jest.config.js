/** ts-jest in ESM mode: @actions/core 3.x is ESM-only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Unit tests stay quick; the e2e suite runs dist/ in child processes and gets its own budget.
  testTimeout: 30000,
  maxWorkers: 2
}
