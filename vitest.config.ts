import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/support/sequencer.ts';

// Three projects: fast unit tests over src/lib and the strings; quality gates (types, format);
// and site tests that build fixture sites once (tests/support/build-fixtures.ts) and assert on
// their HTML or drive Debian's Chromium.
export default defineConfig({
  test: {
    // Two files at once on the 2-core machine (its default is one at a time). Measured on
    // 2026-12-02: three at once made the builds, the browser pass and the disk (npm install in
    // the fresh clone) compete until tests timed out; see docs/performance.md.
    maxWorkers: 2,
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
          // Generous: a build or `astro check` competes with the browser pass for the two cores.
          testTimeout: 420_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-fixtures.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
