const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default leaves one core to its main thread, which only hands out suites: on the CI's two
  // cores that ran every suite one after another. The slow suites wait on Chromium and webpack,
  // processes of their own, so two workers took the suite from 739 s to 467 s on two cores here.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  setupFiles: ['<rootDir>/test/setup/jsdom.ts', '<rootDir>/test/setup/fast-check.ts'],
};
