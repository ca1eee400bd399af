/**
 * `npm run translation-status [-- --locale <xx>] [-- --json]`: per locale, the UI string
 * coverage and the entries that are missing, outdated (the original changed after the
 * translation was made) or untracked (its original version is neither recorded nor in the Git
 * history; the details say why). A report: it never fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import en from '../src/i18n/strings/en.ts';
import { LOCALE_DEFINITIONS, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { readTranslationStatus } from '../src/data/translation-status.ts';
import { uiCoverage, type OutdatedEntry } from '../src/lib/translation-status.ts';

const { values } = parseArgs({
  options: { locale: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const codes: readonly string[] = LOCALE_DEFINITIONS.map((l) => l.code);
if (values.locale && !codes.includes(values.locale)) {
  console.error(
    `--locale "${values.locale}" is not a locale of the portal (known: ${codes.join(', ')})`,
  );
  process.exit(1);
}
const strings = (code: string): Record<string, unknown> => {
  if (code === 'en') return en;
  try {
    return JSON.parse(
      readFileSync(join(import.meta.dirname, `../src/i18n/strings/${code}.json`), 'utf8'),
    );
  } catch {
    return {};
  }
};
const report = readTranslationStatus(codes, undefined, SOURCE_LOCALE)
  .filter((s) => !values.locale || s.locale === values.locale)
  .map((status) => {
    const tag = LOCALE_DEFINITIONS.find((l) => l.code === status.locale)?.tag ?? status.locale;
    return { ...status, ui: uiCoverage(en, strings(status.locale), tag) };
  });

/** Which version of the original an outdated translation was made from, and how that is known. */
function madeFrom(o: OutdatedEntry): string {
  const version =
    o.source.from === 'recorded'
      ? `translated from version ${o.version}`
      : `last changed in commit ${o.source.commit.slice(0, 10)}, when the original was version ${o.version}`;
  return `${version}, ${o.original.file} is now ${o.original.version}`;
}

/** What to do: a recorded version is updated by the script, a derived one by committing. */
function howToUpdate(o: OutdatedEntry, locale: string): string {
  return o.source.from === 'recorded'
    ? `update it, then npm run translate -- ${o.original.file} --to ${locale} --update (or delete its version line and commit)`
    : 'update it and commit';
}

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const percent = (a: number, b: number) => `${b === 0 ? 100 : Math.floor((a / b) * 1000) / 10}%`;
  console.log('locale  UI strings        entries    missing  outdated  untracked');
  for (const status of report) {
    const sum = (pick: (s: (typeof status.sections)[number]) => number) =>
      status.sections.reduce((total, s) => total + pick(s), 0);
    console.log(
      [
        status.locale.padEnd(6),
        `${status.ui.translated}/${status.ui.total} (${percent(status.ui.translated, status.ui.total)})`.padEnd(
          17,
        ),
        `${sum((s) => s.translated)}/${sum((s) => s.total)}`.padEnd(10),
        String(sum((s) => s.missing.length)).padEnd(8),
        String(sum((s) => s.outdated.length)).padEnd(9),
        String(sum((s) => s.untracked.length)),
      ].join('  '),
    );
  }
  if (values.locale) {
    for (const status of report) {
      for (const key of status.ui.missing) console.log(`  UI string missing: ${key}`);
      for (const section of status.sections) {
        for (const m of section.missing)
          console.log(
            `  missing:   ${section.collection}/${m.slug} (original: ${m.original.file})`,
          );
        for (const o of section.outdated)
          console.log(
            `  outdated:  ${o.entry.file} (${madeFrom(o)}; ${howToUpdate(o, status.locale)})`,
          );
        for (const u of section.untracked)
          console.log(`  untracked: ${u.entry.file} (${u.reason})`);
      }
    }
  } else {
    console.log('\nDetails for one language: npm run translation-status -- --locale <xx>');
  }
}
