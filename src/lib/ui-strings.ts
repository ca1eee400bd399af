/** Validation of a locale's UI strings against the English source. */

const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

/** The placeholder names of a string, sorted, e.g. `['count', 'language']`. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** The key a plural form belongs to (`a.b_few` → `a.b`); other keys stay as they are. */
export function baseKey(key: string): string {
  return PLURAL_SUFFIX.exec(key)?.[1] ?? key;
}

/**
 * The keys a locale must have: every English key, with plural keys expanded to exactly the
 * categories `Intl.PluralRules` reports for the locale's tag.
 */
export function expectedKeys(source: Readonly<Record<string, string>>, tag: string): string[] {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const keys: string[] = [];
  const seenPlurals = new Set<string>();
  for (const key of Object.keys(source)) {
    const base = baseKey(key);
    if (base === key) keys.push(key);
    else if (!seenPlurals.has(base)) {
      seenPlurals.add(base);
      keys.push(...categories.map((category) => `${base}_${category}`));
    }
  }
  return keys;
}

/**
 * Every problem of a locale's strings, one readable line each: missing or unknown keys, empty
 * values, and placeholders dropped, added or renamed. `optional` names, by key (plural keys by
 * their base), the placeholders a translation may leave out.
 * @example checkUiStrings(en, de, 'de', 'src/i18n/strings/de.json') // []
 */
export function checkUiStrings(
  source: Readonly<Record<string, string>>,
  strings: Readonly<Record<string, unknown>>,
  tag: string,
  file: string,
  optional: Readonly<Record<string, readonly string[]>> = {},
): string[] {
  const problems: string[] = [];
  const expected = expectedKeys(source, tag);
  const expectedSet = new Set(expected);
  for (const key of expected) {
    if (!(key in strings)) problems.push(`${file}: missing key "${key}"`);
  }
  for (const [key, value] of Object.entries(strings)) {
    if (!expectedSet.has(key)) {
      problems.push(
        `${file}: unknown key "${key}" (not in src/i18n/strings/en.ts for this locale)`,
      );
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${file}: key "${key}" must be a non-empty string`);
      continue;
    }
    const english = source[key] ?? source[`${baseKey(key)}_other`] ?? '';
    const want = placeholders(english);
    const got = placeholders(value);
    const mayDrop = optional[baseKey(key)] ?? [];
    const dropped = want.filter((name) => !got.includes(name));
    const matches =
      dropped.every((name) => mayDrop.includes(name)) &&
      got.every((name) => want.includes(name)) &&
      got.length === want.length - dropped.length;
    if (!matches) {
      const droppable =
        mayDrop.length > 0 ? ` ({{${mayDrop.join('}}, {{')}}} may be left out)` : '';
      problems.push(
        `${file}: key "${key}" has placeholders {${got.join(', ')}} but English has {${want.join(', ')}}${droppable}; keep {{…}} names as in English`,
      );
    }
  }
  return problems;
}
