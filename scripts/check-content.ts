/**
 * `npm run check:content`: validates every file in content/ (or PORTAL_CONTENT_DIR) and prints
 * one line per problem with the file, line and field. Runs before every build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCALE_DEFINITIONS } from '../src/i18n/locales.ts';
import { checkContent } from '../src/lib/content-check.ts';

const dir = resolve(process.env.PORTAL_CONTENT_DIR ?? 'content');
const list = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) =>
  p.split('\\').join('/'),
);
const problems = checkContent(
  {
    list,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    exists: (path) => existsSync(join(dir, path)),
  },
  LOCALE_DEFINITIONS.map((l) => l.code),
);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    `\n${problems.length} problem(s) in content: nothing was built. Fix them and run the build again.`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `content: ${list.filter((p) => /\.mdx?$/.test(p)).length} files checked, no problems`,
  );
}
