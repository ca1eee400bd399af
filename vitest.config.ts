import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/support/sequencer.ts';

// Three projects: fast unit tests over src/lib and the strings; quality gates (types, format);
// and site tests that build fixture sites once (tests/support/build-fixtures.ts) and assert on
// their HTML or drive Debian's Chromium.
export default defineConfig({
  test: {
    // Most test files wait on a browser, a build or a server rather than on the CPU: three at
    // once keep both cores busy (the default on 2 cores is one file at a time).
    maxWorkers: 3,
    // The longest files first, so that they do not start last (tests/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    reporters: ['default', ['json', { outputFile: 'tests/.tmp/vitest-report.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'quality',
          include: ['tests/quality/**/*.test.ts'],
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-fixtures.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
