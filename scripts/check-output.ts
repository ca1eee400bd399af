/**
 * `npm run check:output [-- --dir dist] [-- --no-html] [-- --safety]`: checks a built site in every locale:
 * internal links and #anchors, hreflang, sitemaps, third-party resources, inline code and
 * (html-validate) the HTML. Uses PORTAL_SITE and PORTAL_BASE like the build that made it.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG } from '../src/site.ts';
import { htmlValidateConfig } from './lib/output-checks/html.ts';
import { runOutputChecks } from './lib/output-checks/index.ts';
import { formatProblem } from './lib/output-checks/site.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    'no-html': { type: 'boolean', default: false },
    safety: { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const dir = resolve(values.dir ?? CONFIG.paths.out);
if (!existsSync(dir)) {
  console.error(`check:output: ${dir} does not exist; run npm run build first`);
  process.exit(1);
}
const config = CONFIG;
// Problems name files as the reader would open them, relative to where the command runs.
const inside = relative(process.cwd(), dir);
const display = inside === '' ? '.' : inside.startsWith('..') ? dir : inside;
const results = await runOutputChecks(
  dir,
  config.site,
  config.base,
  values['no-html'] || values.safety ? false : htmlValidateConfig(root),
  values.safety,
);
let total = 0;
for (const result of results) {
  // The build runs the safety checks quietly and speaks only of problems.
  if (values.safety && result.problems.length === 0) continue;
  const shown = result.problems.slice(0, 50);
  console.log(
    `${result.problems.length === 0 ? 'ok  ' : 'FAIL'} ${result.check} (${result.ms} ms)`,
  );
  for (const problem of shown) console.error(`     ${formatProblem(display, problem)}`);
  if (result.problems.length > shown.length)
    console.error(`     … and ${result.problems.length - shown.length} more`);
  total += result.problems.length;
}
if (total > 0) {
  console.error(`\n${total} problem(s) in the built site.`);
  process.exitCode = 1;
}
