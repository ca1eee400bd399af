/**
 * A per-locale vocabulary for the benchmark: the real words of the locale's translated texts
 * (about pages and UI strings), most frequent first, extended when there are too few with
 * pseudo-words drawn from the same texts' letter sequences, so that Greek stays Greek and
 * Bulgarian Cyrillic. Deterministic: the same texts give the same vocabulary.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { hashSeed, seededRandom, type Random } from './bench-random.ts';

/** The words the generator draws from for one locale. */
export interface Vocabulary {
  /** BCP 47 tag of the language (for `Intl` casing and segmentation). */
  readonly tag: string;
  /** Distinct lower-case words, the real ones first (most frequent first), then pseudo-words. */
  readonly words: readonly string[];
  /** How many of `words` come from the real texts. */
  readonly real: number;
}

/** Letters (with their combining marks), apostrophes or hyphens inside: a word, not a number. */
const WORD = /^\p{L}[\p{L}\p{M}’'-]*(?<![’'-])$/u;

/** The readable text of a Markdown file: title, description and alt values, and the body. */
function markdownText(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  const front = match?.[1] ?? '';
  const body = match ? source.slice(match[0].length) : source;
  const values = [...front.matchAll(/^\s*(?:title|description|alt):\s*(.*)$/gm)].map(
    (m) => m[1] ?? '',
  );
  return [...values, body]
    .join('\n')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+|\S+@\S+|<[^>]*>|\{\{[^}]*\}\}/g, ' ');
}

/** The quoted values of a strings file (`"key": "value"` in JSON, `'key': 'value'` in TS). */
function stringValues(source: string): string {
  return [...source.matchAll(/:\s*(["'])((?:\\.|(?!\1)[^\\])*)\1/g)]
    .map((m) => (m[2] ?? '').replace(/\{\{[^}]*\}\}|\\./g, ' '))
    .join('\n');
}

/**
 * The translated texts of one locale in the repository: its about pages and its UI strings.
 * @example localeTexts(root, 'el').length // 9 (eight pages and the strings)
 */
export function localeTexts(root: string, locale: string): string[] {
  const pages = join(root, 'content/pages', locale);
  const texts = existsSync(pages)
    ? readdirSync(pages)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => markdownText(readFileSync(join(pages, name), 'utf8')))
    : [];
  for (const ext of ['json', 'ts']) {
    const file = join(root, 'src/i18n/strings', `${locale}.${ext}`);
    if (existsSync(file)) texts.push(stringValues(readFileSync(file, 'utf8')));
  }
  return texts;
}

/**
 * The distinct words of some texts, lower-cased, most frequent first (ties in order of first
 * appearance), segmented by `Intl.Segmenter` for the language.
 * @example realWords(['Το σχολείο, το έργο.'], 'el') // ['το', 'σχολείο', 'έργο']
 */
export function realWords(texts: readonly string[], tag: string): string[] {
  const segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike || !WORD.test(segment)) continue;
      const word = segment.toLocaleLowerCase(tag);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/**
 * `count` new words made of the letter sequences of `words` (a character model with two letters
 * of context), none of them in `words`, none repeated.
 */
export function pseudoWords(words: readonly string[], count: number, random: Random): string[] {
  // Code points, so that letters outside the Basic Multilingual Plane stay whole.
  const next = new Map<string, string[]>();
  const lengths: number[] = [];
  for (const word of words) {
    const letters = ['^', '^', ...word, '$'];
    lengths.push(letters.length - 3);
    for (let i = 2; i < letters.length; i++) {
      const context = `${letters[i - 2]}${letters[i - 1]}`;
      let list = next.get(context);
      if (!list) next.set(context, (list = []));
      list.push(letters[i] ?? '$');
    }
  }
  const seen = new Set(words);
  const made: string[] = [];
  for (let attempt = 0; made.length < count && attempt < count * 50; attempt++) {
    const longest = Math.max(4, random.pick(lengths) + 3);
    let word = '';
    let context = '^^';
    for (;;) {
      const letter = random.pick(next.get(context) ?? ['$']);
      if (letter === '$' || [...word].length >= longest) break;
      word += letter;
      context = `${[...context].at(-1)}${letter}`;
    }
    if ([...word].length < 3 || seen.has(word)) continue;
    seen.add(word);
    made.push(word);
  }
  // A model with too few distinct paths: join halves of two words until there are enough.
  while (made.length < count && words.length > 1) {
    const a = [...random.pick(words)];
    const b = [...random.pick(words)];
    const word = `${a.slice(0, Math.ceil(a.length / 2)).join('')}${b.slice(Math.floor(b.length / 2)).join('')}`;
    if (seen.has(word)) continue;
    seen.add(word);
    made.push(word);
  }
  return made;
}

/**
 * The vocabulary of a locale from its texts: the real words, extended with pseudo-words to at
 * least `minimum` distinct words.
 * @example buildVocabulary(localeTexts(root, 'bg'), 'bg', 3000).words.length // ≥ 3000
 */
export function buildVocabulary(texts: readonly string[], tag: string, minimum = 3000): Vocabulary {
  const real = realWords(texts, tag);
  if (real.length === 0) throw new Error(`no words in the texts of "${tag}"`);
  const extra = pseudoWords(real, Math.max(0, minimum - real.length), seededRandom(hashSeed(tag)));
  return { tag, words: [...real, ...extra], real: real.length };
}

/**
 * The vocabulary of each locale, from the repository's texts in `root`, keyed by locale code.
 * @example localeVocabularies(root, ['el', 'bg']).get('el')?.tag // 'el'
 */
export function localeVocabularies(
  root: string,
  locales: readonly string[],
): Map<string, Vocabulary> {
  const tags = new Map<string, string>(LOCALE_DEFINITIONS.map((l) => [l.code, l.tag]));
  return new Map(
    locales.map((code) => [code, buildVocabulary(localeTexts(root, code), tags.get(code) ?? code)]),
  );
}
