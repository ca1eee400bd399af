/**
 * Test files in the order that finishes soonest on two cores: the long ones first (measured on
 * 2026-12-02: the fresh clone builds the shipped site, the accessibility pass loads 600 pages),
 * then vitest's own order (files that failed or took longest last time first).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONG = [
  'tests/quality/fresh-clone.test.ts',
  'tests/e2e/accessibility.test.ts',
  'tests/quality/shards.test.ts',
  'tests/build/output-checks.test.ts',
  'tests/quality/code.test.ts',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONG.findIndex((name) => file.moduleId.endsWith(name));
      return index === -1 ? LONG.length : index;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
