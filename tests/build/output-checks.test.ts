/**
 * The output checks of `npm run check` pass on the fixture builds: the mirror under /mirror/ in
 * all 28 locales, and the extension fixture at / with HTML validation (its new locale and new
 * section are templates the shipped site does not have). The mirror's templates are the shipped
 * site's: their HTML is validated on every shipped page in tests/quality/fresh-clone.test.ts,
 * which runs every check over the site the README command builds.
 */
import { describe, expect, it } from 'vitest';
import { htmlValidateConfig } from '../../scripts/lib/output-checks/html.ts';
import { runOutputChecks } from '../../scripts/lib/output-checks/index.ts';
import { formatProblem } from '../../scripts/lib/output-checks/site.ts';
import { FIXTURE_SITE, ROOT, fixtureOut } from '../support/paths.ts';

async function problems(name: string, base: string, html: boolean) {
  const results = await runOutputChecks(
    fixtureOut(name),
    FIXTURE_SITE,
    base,
    html ? htmlValidateConfig(ROOT) : false,
  );
  return {
    checks: results.map((r) => r.check),
    problems: results.flatMap((r) => r.problems.map((p) => formatProblem(name, p))),
  };
}

describe('output checks over the fixture sites', () => {
  it('the mirror under /mirror/ passes the link, hreflang, sitemap and safety checks', async () => {
    const result = await problems('mirror', '/mirror/', false);
    expect(result.checks).toContain('hreflang alternates are real and reciprocal');
    expect(result.problems.slice(0, 20)).toEqual([]);
  }, 300_000);

  it('the extension fixture (a new locale and a new section) passes every check', async () => {
    const result = await problems('extension', '/', true);
    expect(result.checks).toContain('HTML is valid (html-validate)');
    expect(result.problems.slice(0, 20)).toEqual([]);
  }, 180_000);
});
