import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests over src/lib and the strings, and site tests that build fixture
// sites once (tests/support/build-fixtures.ts) and assert on their HTML or drive Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
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
