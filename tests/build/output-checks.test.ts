/**
 * The output checks of `npm run check` pass on the real builds: the shipped content in all 28
 * locales (with html-validate) and the fixture mirror under /mirror/.
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

describe('output checks over the built sites', () => {
  it('the shipped site passes every check, HTML validation included', async () => {
    const result = await problems('shipped', '/', true);
    expect(result.checks).toContain('HTML is valid (html-validate)');
    expect(result.problems.slice(0, 20)).toEqual([]);
  }, 240_000);

  it('the mirror under /mirror/ passes the link, hreflang, sitemap, host and inline checks', async () => {
    const result = await problems('mirror', '/mirror/', false);
    expect(result.problems.slice(0, 20)).toEqual([]);
  }, 60_000);
});
