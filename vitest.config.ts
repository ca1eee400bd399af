import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests over src/lib and the strings; quality gates (types, format);
// and site tests that build fixture sites once (tests/support/build-fixtures.ts) and assert on
// their HTML or drive Debian's Chromium.
export default defineConfig({
  test: {
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
