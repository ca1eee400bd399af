/** The stylesheet mirrors for right-to-left locales because it only uses logical properties. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

describe('global stylesheet', () => {
  const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');

  it('uses logical properties, never physical left/right', () => {
    const physical = css.match(
      /\b(margin|padding|border)-(left|right)\b|\b(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/g,
    );
    expect(physical).toBeNull();
  });

  it('shows a visible focus indicator', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
  });
});
