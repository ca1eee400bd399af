/**
 * `npm run check:strings [-- <code> …]`: reports every problem in the UI strings files, one line
 * each with the file and key, for translators working without the test runner.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import en, { OPTIONAL_PLACEHOLDERS } from '../src/i18n/strings/en.ts';
import { LOCALE_DEFINITIONS } from '../src/i18n/locales.ts';
import { checkUiStrings } from '../src/lib/ui-strings.ts';

const dir = join(import.meta.dirname, '../src/i18n/strings');
const wanted = process.argv.slice(2);
const locales = LOCALE_DEFINITIONS.filter(
  (l) => l.code !== 'en' && (wanted.length === 0 || wanted.includes(l.code)),
);
let problems = 0;
const checked: string[] = [];

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  if (!LOCALE_DEFINITIONS.some((l) => `${l.code}.json` === file)) {
    console.error(
      `src/i18n/strings/${file}: no locale "${file.replace('.json', '')}" in src/i18n/locales.ts`,
    );
    problems++;
  }
}

for (const locale of locales) {
  const file = `src/i18n/strings/${locale.code}.json`;
  let strings: Record<string, unknown>;
  try {
    strings = JSON.parse(readFileSync(join(dir, `${locale.code}.json`), 'utf8'));
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    problems++;
    continue;
  }
  const found = checkUiStrings(en, strings, locale.tag, file, OPTIONAL_PLACEHOLDERS);
  for (const line of found) console.error(line);
  problems += found.length;
  if (found.length === 0) checked.push(locale.code);
}

if (checked.length > 0)
  console.log(`UI strings OK in ${checked.length} locale(s): ${checked.join(', ')}`);
if (problems > 0) {
  console.error(`\n${problems} problem(s) in UI strings.`);
  process.exitCode = 1;
}
