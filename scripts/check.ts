/**
 * `npm run check`: every gate an editor's or developer's change must pass, in order, with each
 * problem on its own line (file, line where there is one, what to do):
 *   1. content (schemas, MDX safety gate)   2. UI strings
 *   3. type checks (astro check)            4. build, then the output checks over the built site
 * Gates keep running after a failure so that one run shows everything; the output checks need
 * a successful build. `--no-build` checks the existing output in dist/ instead of rebuilding.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
const failed: string[] = [];

function gate(label: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(node, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return true;
  failed.push(label);
  return false;
}

const content = gate('content: schemas and MDX safety', [join(root, 'scripts/check-content.ts')]);
gate('UI strings', [join(root, 'scripts/check-strings.ts')]);
// astro check loads the content collections too: with invalid content it would only repeat
// the content problems in a longer form.
if (content)
  gate('type checks (astro check)', [join(root, 'node_modules/astro/bin/astro.mjs'), 'check']);
else console.log('\n▶ type checks skipped: fix the content first');
const built = values['no-build'] || (content && gate('build', [join(root, 'scripts/build.ts')]));
if (built)
  gate('output: links, hreflang, sitemap, HTML, hosts, inline code', [
    join(root, 'scripts/check-output.ts'),
  ]);
else console.log('\n▶ output checks skipped: nothing was built');

console.log(
  failed.length === 0
    ? '\nAll checks passed.'
    : `\n${failed.length} check(s) failed: ${failed.join('; ')}. Fix the lines above and run npm run check again.`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
