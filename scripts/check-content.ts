/**
 * `npm run check:content`: validates every file in content/ (or PORTAL_CONTENT_DIR) and prints
 * one line per problem with the file, line and field. Runs before every build.
 */
import { join } from 'node:path';
import { LOCALE_DEFINITIONS } from '../src/i18n/locales.ts';
import { checkContent } from './lib/content-check.ts';
import { readContentFolder } from '../src/data/content-folder.ts';
import { checkContentFiles } from './lib/content-files.ts';

const content = readContentFolder();
const notices: string[] = [];
// Files first (links, encodings, images by content), then the entries themselves.
const problems = [
  ...(await checkContentFiles(content.dir, join(import.meta.dirname, '../public'))),
  ...checkContent(
    content,
    LOCALE_DEFINITIONS.map((l) => l.code),
    notices,
  ),
];
const list = content.list;
for (const notice of notices) console.warn(`note: ${notice}`);

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
