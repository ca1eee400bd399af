/**
 * The portal's fixed terms per language (src/i18n/glossary/<code>.json) and the check that UI
 * strings and portal pages use them: one rendering of "National Support Service", "European
 * Quality Label"… per language. Pure: callers pass the glossaries, strings and page texts.
 */
import { baseKey } from './ui-strings.ts';

/** One term of a glossary. */
export interface GlossaryTerm {
  /** The rendering to use, in its base form. */
  readonly term: string;
  /** Spellings accepted in text (inflected forms or stems), matched at the start of a word. */
  readonly forms: readonly string[];
  /** Other renderings that must not be used. */
  readonly avoid?: readonly string[];
  /** UI string keys (plural keys by their base) that must use the term. */
  readonly keys?: readonly string[];
  /** `ui`: checked in UI strings only (the English source marks it). */
  readonly scope?: 'ui';
  readonly source?: string;
  readonly note?: string;
}

/** A locale's glossary: terms by id, the same ids as the English one. */
export interface Glossary {
  readonly terms: Readonly<Record<string, GlossaryTerm>>;
}

/** A page to check: its text (title, description and body) and its English original's. */
export interface GlossaryPage {
  readonly file: string;
  readonly text: string;
  readonly originalText: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `text` uses one of `forms`: case-insensitively at the start of a word, and also
 * ending at a word end when `wholeWord` is set (for English, where a form is a whole word).
 * @example usesForm('des Nationalen Koordinierungsstellen', ['nationalen koordinierungsstelle'], false) // true
 */
export function usesForm(text: string, forms: readonly string[], wholeWord: boolean): boolean {
  return forms.some((form) => {
    // An abbreviation ("NKS", "BAN") is a whole word, never the start of another ("banque").
    const whole = wholeWord || /^\p{Lu}{2,6}$/u.test(form.trim());
    return new RegExp(
      `(?<![\\p{L}\\p{N}])${escape(form.trim())}${whole ? '(?![\\p{L}\\p{N}])' : ''}`,
      'iu',
    ).test(text);
  });
}

/**
 * The text of a Markdown entry a reader sees, for term checks: its title, description and
 * `awardedBy` and its body, without front-matter keys, link targets or HTML tags.
 */
export function readableText(source: string): string {
  const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  const head = match?.[1] ?? '';
  const body = match ? source.slice(match[0].length) : source;
  const fields = [...head.matchAll(/^(?:title|description|awardedBy|\s+alt):\s*(.*)$/gm)].map(
    (m) => m[1] ?? '',
  );
  const prose = body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' ');
  return [...fields, prose].join('\n');
}

/** Problems with the shape of a glossary: missing or unknown ids, empty terms, self-contradicting lists. */
export function checkGlossaryShape(source: Glossary, glossary: Glossary, file: string): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(source.terms)) {
    const entry = glossary.terms[id];
    if (!entry) {
      problems.push(`${file}: missing term "${id}" (${source.terms[id]?.term ?? ''})`);
      continue;
    }
    if (!entry.term?.trim()) problems.push(`${file}: term "${id}" has an empty "term"`);
    if (!Array.isArray(entry.forms) || entry.forms.length === 0)
      problems.push(`${file}: term "${id}" needs at least one entry in "forms"`);
    for (const wrong of entry.avoid ?? []) {
      if (
        usesForm(entry.term, [wrong], false) ||
        entry.forms.some((f) => usesForm(f, [wrong], false))
      )
        problems.push(
          `${file}: term "${id}": "avoid" entry "${wrong}" also matches an accepted form; make it more specific`,
        );
    }
  }
  for (const id of Object.keys(glossary.terms)) {
    if (!(id in source.terms))
      problems.push(`${file}: unknown term "${id}" (not in src/i18n/glossary/en.json)`);
  }
  return problems;
}

/**
 * Every place where a locale's UI strings or pages render a glossary term otherwise than its
 * glossary says, one line each.
 * - a UI string whose English text uses a term (or whose key the term lists) uses one of the
 *   locale's forms;
 * - a page whose English original uses a term uses one of the locale's forms;
 * - nothing uses an `avoid` rendering.
 */
export function checkGlossaryUse(input: {
  readonly source: Glossary;
  readonly glossary: Glossary;
  readonly glossaryFile: string;
  readonly english: Readonly<Record<string, string>>;
  readonly strings: Readonly<Record<string, string>>;
  readonly stringsFile: string;
  readonly pages: readonly GlossaryPage[];
}): string[] {
  const { source, glossary, glossaryFile, english, strings, stringsFile, pages } = input;
  const problems: string[] = [];
  for (const [id, sourceTerm] of Object.entries(source.terms)) {
    const entry = glossary.terms[id];
    if (!entry || entry.forms.length === 0) continue;
    const expected = `"${entry.term}" (${glossaryFile}, term "${id}")`;
    for (const [key, value] of Object.entries(strings)) {
      const englishValue = english[key] ?? english[`${baseKey(key)}_other`] ?? '';
      // UI-scoped terms (competences) are required only in the keys they list: their English
      // names are also ordinary words ("Citizenship" as a school subject).
      const required =
        (sourceTerm.keys ?? []).includes(baseKey(key)) ||
        (sourceTerm.scope !== 'ui' && usesForm(englishValue, sourceTerm.forms, true));
      if (required && !usesForm(value, entry.forms, false))
        problems.push(
          `${stringsFile}: key "${key}" does not use the glossary term ${expected}: "${value}"`,
        );
    }
    if (sourceTerm.scope !== 'ui') {
      for (const page of pages) {
        if (
          usesForm(page.originalText, sourceTerm.forms, true) &&
          !usesForm(page.text, entry.forms, false)
        )
          problems.push(
            `${page.file}: the original speaks of "${sourceTerm.term}" but this translation does not use ${expected}`,
          );
      }
    }
    const avoid = entry.avoid ?? [];
    if (avoid.length === 0) continue;
    for (const [key, value] of Object.entries(strings)) {
      if (usesForm(value, avoid, false))
        problems.push(
          `${stringsFile}: key "${key}" uses a rendering the glossary avoids; use ${expected}: "${value}"`,
        );
    }
    for (const page of pages) {
      if (usesForm(page.text, avoid, false))
        problems.push(
          `${page.file}: uses a rendering of "${sourceTerm.term}" the glossary avoids (${avoid.join(' / ')}); use ${expected}`,
        );
    }
  }
  return problems;
}
