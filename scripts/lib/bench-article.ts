/**
 * One benchmark article in the shape of a real news text: about 400 words in four paragraphs,
 * one `##` heading, one bulleted list, two links (another article of the same locale and an
 * outside address), **bold** and *emphasis*, all in the words of one locale's vocabulary.
 */
import type { Random } from './bench-random.ts';
import type { Vocabulary } from './bench-vocabulary.ts';

/** The texts of an article; `body` is Markdown. */
export interface Article {
  readonly title: string;
  readonly description: string;
  readonly body: string;
}

/** Words drawn Zipf-like (frequent words often), with a uniform share so rare ones appear too. */
function drawWords(vocabulary: Vocabulary, random: Random, count: number): string[] {
  const { words } = vocabulary;
  const size = words.length;
  return Array.from({ length: count }, () =>
    random.next() < 0.7
      ? (words[Math.floor((size + 1) ** random.next()) - 1] ?? '')
      : random.pick(words),
  );
}

/** The first letter in upper case (after any Markdown mark such as `**` or `[`). */
function capitalise(text: string, tag: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase(tag));
}

/** `text` cut at a word boundary to at most `max` characters (the schemas' limits). */
function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max + 1).replace(/\s+\S*$/, '');
}

/** Sentences of 6 to 18 words, with the odd comma, until `count` words are used. */
function sentences(words: string[], random: Random, tag: string): string {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const length = Math.min(random.int(6, 18), words.length - i);
    const sentence = words.slice(i, i + length);
    if (length > 8) sentence[random.int(3, length - 3)] += ',';
    out.push(`${capitalise(sentence.join(' '), tag)}.`);
    i += length;
  }
  return out.join(' ');
}

/** Wraps `length` words from `at` in `before`…`after` (one Markdown span). */
function span(words: string[], at: number, length: number, before: string, after = before) {
  const end = Math.min(words.length, at + length) - 1;
  words[at] = `${before}${words[at]}`;
  words[end] = `${words[end]}${after}`;
}

/** Splits `total` into `parts` whole numbers that differ a little. */
function shares(total: number, parts: number, random: Random): number[] {
  const weights = Array.from({ length: parts }, () => 0.8 + random.next() * 0.4);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  counts[0] = (counts[0] ?? 0) + total - counts.reduce((a, b) => a + b, 0);
  return counts;
}

/**
 * An article of 380 to 420 words (title and description not counted). `related` is the portal
 * path of another article, relative to this one (`../<slug>/`); `outside` an https address.
 * @example article(vocabulary, seededRandom(1), { related: '../bench-news-2/', outside: 'https://example.org/a' })
 */
export function article(
  vocabulary: Vocabulary,
  random: Random,
  links: { readonly related: string; readonly outside: string },
): Article {
  const { tag } = vocabulary;
  const total = random.int(380, 420);
  const headingWords = random.int(3, 6);
  const items = random.int(3, 5);
  const itemWords = Array.from({ length: items }, () => random.int(4, 9));
  const listWords = itemWords.reduce((a, b) => a + b, 0);
  const [p1 = 0, p2 = 0, p3 = 0, p4 = 0] = shares(total - headingWords - listWords, 4, random);

  const first = drawWords(vocabulary, random, p1);
  span(first, random.int(0, 10), random.int(2, 4), '**');
  const second = drawWords(vocabulary, random, p2);
  span(second, random.int(2, 12), random.int(1, 3), '*');
  const linkAt = random.int(15, Math.max(15, p2 - 5));
  span(second, linkAt, random.int(2, 4), '[', `](${links.related})`);
  const third = drawWords(vocabulary, random, p3);
  span(third, random.int(5, Math.max(5, p3 - 5)), random.int(2, 3), '[', `](${links.outside})`);
  const fourth = drawWords(vocabulary, random, p4);
  span(fourth, random.int(0, Math.max(0, p4 - 4)), random.int(1, 2), '*');

  const heading = capitalise(drawWords(vocabulary, random, headingWords).join(' '), tag);
  const list = itemWords
    .map((n) => `- ${capitalise(drawWords(vocabulary, random, n).join(' '), tag)}`)
    .join('\n');
  const body = [
    sentences(first, random, tag),
    sentences(second, random, tag),
    `## ${heading}`,
    list,
    sentences(third, random, tag),
    sentences(fourth, random, tag),
  ].join('\n\n');

  const title = capitalise(drawWords(vocabulary, random, random.int(4, 9)).join(' '), tag);
  const description = capitalise(drawWords(vocabulary, random, random.int(14, 24)).join(' '), tag);
  return { title: clip(title, 110), description: `${clip(description, 280)}.`, body: `${body}\n` };
}
