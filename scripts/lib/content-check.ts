/**
 * Checks editors' content before a build and explains every problem in one line that names the
 * file, the line where there is one, the field, and what is expected. Pure over a file reader so
 * that it can be tested on fixtures and reused by the CLI (scripts/check-content.ts).
 */
import type { ContentFiles } from '../../src/data/content-folder.ts';
import { LineCounter, parseDocument } from 'yaml';
import { checkMarkupSafety } from '../../src/lib/markup-safety.ts';
import { MDX_COMPONENTS } from '../../src/lib/mdx-components.ts';
import { z } from 'zod';
import { DATA_FILES, type DataFileId } from '../../src/lib/data-files.ts';
import { formatLabelProblem, labelProblems, type LabelledProject } from '../../src/lib/labels.ts';
import {
  SLUG_PATTERN,
  countrySchema,
  type LabelYearData,
  type PrizeYearData,
} from '../../src/lib/schemas.ts';
import {
  COLLECTION_IDS,
  contentOf,
  reservedSlugs,
  type CollectionId,
  type ImageSchema,
} from '../../src/lib/sections.ts';
import { themesOf } from '../../src/lib/themes.ts';

export type { ContentFiles };

function joinPath(dir: string, relative: string): string {
  const parts = dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  );
}

function describe(issue: z.core.$ZodIssue): string {
  // A missing field; a section's own rule (`custom`) explains itself.
  if (issue.input === undefined && issue.path.length > 0 && issue.code !== 'custom')
    return 'is required';
  if (issue.code === 'unrecognized_keys')
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

/** Front matter of a Markdown file, with the line of each value. */
function frontMatter(source: string): {
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  error?: string;
  body?: { text: string; firstLine: number };
} {
  // A byte-order mark (some Windows editors write one) is not part of the text.
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match)
    return {
      data: undefined,
      lineOf: () => 1,
      error: 'no front matter: the file must start with a "---" block',
    };
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter });
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as
        { range?: [number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return 2;
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first ? lineCounter.linePos(first.pos[0]).line + 1 : 2;
    return {
      data: undefined,
      lineOf: () => line,
      error: `the front matter is not valid YAML (${first?.message.split('\n')[0] ?? 'syntax error'})`,
    };
  }
  const body = { text: text.slice(match[0].length), firstLine: match[0].split('\n').length };
  return { data: doc.toJS(), lineOf, body };
}

function parseJson(files: ContentFiles, path: string, problems: string[]): unknown {
  try {
    return JSON.parse(files.read(path));
  } catch (error) {
    problems.push(
      `content/${path} — not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/** Problems of content/countries.json; the codes of the valid countries. */
function checkCountries(files: ContentFiles, problems: string[]): string[] {
  if (!files.exists('countries.json')) {
    problems.push('content/countries.json — missing: the list of participating countries');
    return [];
  }
  const data = parseJson(files, 'countries.json', problems);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push('content/countries.json — expected a list of countries');
    return [];
  }
  const codes: string[] = [];
  data.forEach((row, i) => {
    const result = countrySchema.safeParse(row, { reportInput: true });
    if (!result.success) {
      // The entry's code, where it has a valid one, says which country is meant.
      const id = (row as { id?: unknown } | null)?.id;
      const named = typeof id === 'string' && /^[A-Z]{2}$/.test(id) ? ` ("${id}")` : '';
      for (const issue of result.error.issues) {
        const field = issue.path.length ? `.${fieldName(issue.path)}` : '';
        problems.push(`content/countries.json — [${i}]${field}${named}: ${describe(issue)}`);
      }
    } else if (codes.includes(result.data.id)) {
      problems.push(`content/countries.json — [${i}].id: "${result.data.id}" is listed twice`);
    } else codes.push(result.data.id);
  });
  return codes;
}

/** Where an entry file sits: its locale and slug, or the problem with its place or name. */
function placeOf(
  collection: CollectionId,
  path: string,
  locales: readonly string[],
): { locale: string; slug: string; name: string } | { problem: string } {
  const file = `content/${path}`;
  const parts = path.slice(collection.length + 1).split('/');
  if (parts.length !== 2)
    return {
      problem: `${file} — must be directly in a locale folder: content/${collection}/<locale>/<name>.md`,
    };
  const [locale = '', name = ''] = parts;
  const slug = name.replace(/\.mdx?$/, '');
  if (!locales.includes(locale))
    return {
      problem: `${file} — "${locale}" is not a locale of the portal (known: ${locales.join(', ')})`,
    };
  if (!SLUG_PATTERN.test(slug))
    return {
      problem: `${file} — file name "${slug}" must be lower-case letters, digits and hyphens (e.g. "my-first-project")`,
    };
  if (reservedSlugs(collection).includes(slug))
    return {
      problem: `${file} — file name "${slug}" is reserved for a listing page; choose another name`,
    };
  const anchors = contentOf(collection).reservedAnchors ?? [];
  if (anchors.includes(slug))
    return {
      problem: `${file} — file name "${slug}" is already an anchor of the section's page (a group heading or a landmark; taken: ${anchors.join(', ')}): the file name is the entry's anchor (#${slug}), so choose another name`,
    };
  return { locale, slug, name };
}

/**
 * The `translatedFrom` record must name another locale. When that locale has no such file, the
 * original was retired or renamed: the translation stands as an entry of its own, and a notice
 * (not a problem: retiring an entry must not block the build) says what to do.
 */
function checkTranslatedFrom(
  files: ContentFiles,
  collection: CollectionId,
  place: { locale: string; slug: string; file: string },
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  notices: string[],
): string[] {
  const from = (data as { translatedFrom?: { locale: string } }).translatedFrom;
  if (!from) return [];
  const at = `${place.file}:${lineOf(['translatedFrom', 'locale'])} — field "translatedFrom.locale"`;
  if (from.locale === place.locale)
    return [`${at}: a translation cannot be made from its own locale`];
  const original = `${collection}/${from.locale}/${place.slug}`;
  if (!files.exists(`${original}.md`) && !files.exists(`${original}.mdx`))
    notices.push(
      `${at}: its original content/${original}.md is not there (a translation keeps the file name of its original). If the original was retired, delete this file too; if it was renamed, rename this one the same way; otherwise remove translatedFrom and it is an entry of its own.`,
    );
  return [];
}

/** A theme named by an entry (`themes: [...]`), with where it is written. */
interface ThemeReference {
  /** `content/news/en/x.md:7 — field "themes[0]"` */
  readonly at: string;
  readonly slug: string;
}

/**
 * Problems of one entry file: front matter, markup safety, schema, translation record. The
 * themes a valid entry of a themed section names go to `references` (checked once all themes
 * are known).
 */
function checkEntry(
  files: ContentFiles,
  collection: CollectionId,
  schema: z.ZodType,
  path: string,
  place: { locale: string; slug: string; name: string },
  notices: string[],
  references: ThemeReference[],
): { problems: string[]; data?: unknown } {
  const file = `content/${path}`;
  const { data, lineOf, error, body } = frontMatter(files.read(path));
  if (error) return { problems: [`${file}:${lineOf([])} — ${error}`] };
  const problems = body
    ? checkMarkupSafety(
        body.text,
        file,
        place.name.endsWith('.mdx') ? 'mdx' : 'md',
        MDX_COMPONENTS,
        body.firstLine,
      )
    : [];
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldName(issue.path);
      problems.push(
        `${file}:${lineOf(issue.path)} — ${field ? `field "${field}"` : 'front matter'}: ${describe(issue)}`,
      );
    }
    return { problems };
  }
  const checkBody = contentOf(collection).checkBody;
  if (contentOf(collection).themed)
    themesOf(result.data).forEach((slug, i) =>
      references.push({ at: `${file}:${lineOf(['themes', i])} — field "themes[${i}]"`, slug }),
    );
  return {
    problems: [
      ...problems,
      ...(checkBody && body
        ? checkBody(result.data as never, body.text, file, body.firstLine)
        : []),
      ...checkTranslatedFrom(files, collection, { ...place, file }, result.data, lineOf, notices),
    ],
    data: result.data,
  };
}

/**
 * Every entry of one section's collection; the slugs it has (in any locale), each with the
 * front matter of its first valid version.
 */
function checkCollection(
  files: ContentFiles,
  collection: CollectionId,
  locales: readonly string[],
  schemaFor: (dir: string) => z.ZodType,
  problems: string[],
  notices: string[],
  references: ThemeReference[],
): Map<string, unknown> {
  const seen = new Map<string, string>();
  const slugs = new Map<string, unknown>();
  for (const path of files.list.filter((p) => p.startsWith(`${collection}/`)).sort()) {
    if (!/\.mdx?$/.test(path)) continue;
    const place = placeOf(collection, path, locales);
    if ('problem' in place) {
      problems.push(place.problem);
      continue;
    }
    const key = `${place.locale}/${place.slug}`;
    const other = seen.get(key);
    if (other) {
      problems.push(`content/${path} — duplicate: ${other} has the same name; keep one of them`);
      continue;
    }
    seen.set(key, `content/${path}`);
    const entry = checkEntry(
      files,
      collection,
      schemaFor(path.slice(0, path.lastIndexOf('/'))),
      path,
      place,
      notices,
      references,
    );
    problems.push(...entry.problems);
    if (!slugs.has(place.slug) || slugs.get(place.slug) === undefined)
      slugs.set(place.slug, entry.data);
  }
  return slugs;
}

/** Every theme an entry names must be a file in content/themes/<locale>/ (in any locale). */
function checkThemeReferences(
  references: readonly ThemeReference[],
  themes: ReadonlySet<string>,
  problems: string[],
) {
  const known = [...themes].sort();
  const expected = known.length
    ? `expected the file name of a theme, e.g. "${known[0]}"`
    : 'there are no themes yet in content/themes/<locale>/';
  for (const { at, slug } of references) {
    if (!themes.has(slug)) problems.push(`${at}: "${slug}" is not a theme (${expected})`);
  }
}

/**
 * The valid entries of a data file (src/lib/data-files.ts), each with its place in the list;
 * one problem per field of the others. A data file other than the countries may be left out.
 */
function checkDataFile<T>(
  files: ContentFiles,
  id: Exclude<DataFileId, 'countries'>,
  countryCodes: readonly string[],
  problems: string[],
): { index: number; data: T }[] {
  const { file, entry } = DATA_FILES[id];
  if (!files.exists(file)) return [];
  const rows = parseJson(files, file, problems);
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) {
    problems.push(`content/${file} — expected a list, one entry per ${entry}`);
    return [];
  }
  const schema = DATA_FILES[id].schema(countryCodes);
  return rows.flatMap((row, index) => {
    const result = schema.safeParse(row, { reportInput: true });
    if (result.success) return [{ index, data: result.data as T }];
    for (const issue of result.error.issues) {
      const field = issue.path.length ? `.${fieldName(issue.path)}` : '';
      problems.push(`content/${file} — [${index}]${field}: ${describe(issue)}`);
    }
    return [];
  });
}

/**
 * Problems of content/prizes.json: its schema, each year listed once, and every winner must be
 * a project.
 */
function checkPrizes(
  files: ContentFiles,
  countryCodes: readonly string[],
  projects: ReadonlyMap<string, unknown>,
  problems: string[],
) {
  const years: string[] = [];
  for (const { index, data } of checkDataFile<PrizeYearData>(
    files,
    'prizes',
    countryCodes,
    problems,
  )) {
    if (years.includes(data.id))
      problems.push(
        `content/prizes.json — [${index}].id: the year "${data.id}" is listed twice; put all its categories in one entry`,
      );
    years.push(data.id);
    data.categories.forEach((category, c) =>
      category.winners.forEach((slug, w) => {
        if (!projects.has(slug))
          problems.push(
            `content/prizes.json — [${index}].categories[${c}].winners[${w}]: "${slug}" is not a project (expected a file name in content/projects/<locale>/)`,
          );
      }),
    );
  }
}

/** Problems of content/labels.json: its schema, and every project it names must meet the conditions. */
function checkLabels(
  files: ContentFiles,
  countryCodes: readonly string[],
  projects: ReadonlyMap<string, unknown>,
  problems: string[],
) {
  const years = checkDataFile<LabelYearData>(files, 'labels', countryCodes, problems);
  // A project with invalid front matter is reported with its own file; here it only exists.
  const facts = new Map(
    [...projects].map(([slug, data]) => [slug, (data ?? VALID_ENOUGH) as LabelledProject]),
  );
  for (const problem of labelProblems(
    years.map(({ data }) => ({ id: data.id, data })),
    facts,
  )) {
    const index = years[problem.index]?.index ?? problem.index;
    problems.push(formatLabelProblem(`content/${DATA_FILES.labels.file}`, { ...problem, index }));
  }
}

/** Stands in for a project whose own file has problems: those are reported once, with its file. */
const VALID_ENOUGH: LabelledProject = {
  partners: [{ country: 'AA' }, { country: 'BB' }],
  start: new Date(0),
  qualityLabels: { national: ['AA', 'BB'], european: true },
};

/**
 * Every problem in the content folder, one line each, in file order: the countries, each
 * section's entries (every section of src/lib/sections.ts), the themes entries name, then the
 * other data files (prize results, European Quality Labels, eTwinning Schools). What is worth
 * knowing but blocks nothing (a translation whose original is gone) goes to `notices`.
 * @example checkContent(files, ['en', 'de']) // ['content/news/en/x.md:5 — field "topic": …']
 */
export function checkContent(
  files: ContentFiles,
  locales: readonly string[],
  notices: string[] = [],
): string[] {
  const problems: string[] = [];
  const countryCodes = checkCountries(files, problems);
  // Schemas are built once per section; the image check reads the folder of the file checked.
  let currentDir = '';
  const image = z.string().refine((src) => files.exists(joinPath(currentDir, src)), {
    error: (issue) =>
      `image "${String(issue.input)}" not found (paths are relative to the file, e.g. "../../images/photo.jpg")`,
  }) as unknown as ImageSchema;
  const slugs = new Map<CollectionId, Map<string, unknown>>();
  const references: ThemeReference[] = [];
  for (const collection of COLLECTION_IDS) {
    const schema = contentOf(collection).schema(image, countryCodes);
    const schemaFor = (dir: string) => ((currentDir = dir), schema);
    slugs.set(
      collection,
      checkCollection(files, collection, locales, schemaFor, problems, notices, references),
    );
  }
  checkThemeReferences(references, new Set(slugs.get('themes')?.keys()), problems);
  const projects = slugs.get('projects') ?? new Map();
  checkPrizes(files, countryCodes, projects, problems);
  checkLabels(files, countryCodes, projects, problems);
  checkDataFile(files, 'schools', countryCodes, problems);
  return problems;
}
