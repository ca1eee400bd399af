/**
 * Checks editors' content before a build and explains every problem in one line that names the
 * file, the line where there is one, the field, and what is expected. Pure over a file reader so
 * that it can be tested on fixtures and reused by the CLI (scripts/check-content.ts).
 */
import { LineCounter, parseDocument } from 'yaml';
import { checkMarkupSafety } from './markup-safety.ts';
import { MDX_COMPONENTS } from './mdx-components.ts';
import { z } from 'zod';
import {
  countrySchema,
  eventSchema,
  newsSchema,
  pageSchema,
  prizeYearSchema,
  projectSchema,
  recognitionSchema,
} from './schemas.ts';

/** What the checker needs from the file system, relative to the content folder. */
export interface ContentFiles {
  /** Every file below the content folder, as `collection/locale/name.md` style paths. */
  readonly list: readonly string[];
  read(path: string): string;
  exists(path: string): boolean;
}

/** Names that cannot be slugs because a listing route uses them. */
const RESERVED_SLUGS: Record<string, readonly string[]> = {
  news: ['page', 'country', 'topic'],
  projects: ['page', 'country', 'age', 'subject', 'year'],
  recognition: ['prizes'],
  pages: [
    'news',
    'projects',
    'recognition',
    'countries',
    'events',
    'search',
    'stats',
    'translation-status',
    'rss.xml',
  ],
  events: [],
};

const LOCALIZED = ['pages', 'news', 'projects', 'recognition', 'events'] as const;

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
  if (issue.input === undefined && issue.path.length > 0) return 'is required';
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

/**
 * Every problem in the content folder, one line each, in file order.
 * @example checkContent(files, ['en', 'de']) // ['content/news/en/x.md:5 — field "topic": …']
 */
export function checkContent(files: ContentFiles, locales: readonly string[]): string[] {
  const problems: string[] = [];

  const countriesData = files.exists('countries.json')
    ? parseJson(files, 'countries.json', problems)
    : undefined;
  if (!files.exists('countries.json'))
    problems.push('content/countries.json — missing: the list of participating countries');
  const countryCodes: string[] = [];
  if (Array.isArray(countriesData)) {
    countriesData.forEach((row, i) => {
      const result = countrySchema.safeParse(row, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(
            `content/countries.json — [${i}]${issue.path.length ? `.${fieldName(issue.path)}` : ''}: ${describe(issue)}`,
          );
        }
      } else if (countryCodes.includes(result.data.id)) {
        problems.push(`content/countries.json — [${i}].id: "${result.data.id}" is listed twice`);
      } else countryCodes.push(result.data.id);
    });
  } else if (countriesData !== undefined)
    problems.push('content/countries.json — expected a list of countries');

  // Schemas are built once; the image check reads the folder of the file being checked.
  let currentDir = '';
  const image = z.string().refine((src) => files.exists(joinPath(currentDir, src)), {
    error: (issue) =>
      `image "${String(issue.input)}" not found (paths are relative to the file, e.g. "../../images/photo.jpg")`,
  });
  const schemas: Record<(typeof LOCALIZED)[number], z.ZodType> = {
    pages: pageSchema,
    news: newsSchema(image, countryCodes),
    projects: projectSchema(image, countryCodes),
    recognition: recognitionSchema,
    events: eventSchema,
  };

  const slugs = new Map<string, Set<string>>();
  for (const collection of LOCALIZED) {
    const seen = new Map<string, string>();
    const inCollection = new Set<string>();
    slugs.set(collection, inCollection);
    for (const path of files.list.filter((p) => p.startsWith(`${collection}/`)).sort()) {
      const rest = path.slice(collection.length + 1);
      const file = `content/${path}`;
      const parts = rest.split('/');
      if (!/\.mdx?$/.test(rest)) continue;
      if (parts.length !== 2) {
        problems.push(
          `${file} — must be directly in a locale folder: content/${collection}/<locale>/<name>.md`,
        );
        continue;
      }
      const [locale = '', name = ''] = parts;
      const slug = name.replace(/\.mdx?$/, '');
      if (!locales.includes(locale)) {
        problems.push(
          `${file} — "${locale}" is not a locale of the portal (known: ${locales.join(', ')})`,
        );
        continue;
      }
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
        problems.push(
          `${file} — file name "${slug}" must be lower-case letters, digits and hyphens (e.g. "my-first-project")`,
        );
        continue;
      }
      if (RESERVED_SLUGS[collection]?.includes(slug)) {
        problems.push(
          `${file} — file name "${slug}" is reserved for a listing page; choose another name`,
        );
        continue;
      }
      const key = `${locale}/${slug}`;
      const other = seen.get(key);
      if (other) {
        problems.push(`${file} — duplicate: ${other} has the same name; keep one of them`);
        continue;
      }
      seen.set(key, file);
      inCollection.add(slug);

      const { data, lineOf, error, body } = frontMatter(files.read(path));
      if (error) {
        problems.push(`${file}:${lineOf([])} — ${error}`);
        continue;
      }
      if (body) {
        problems.push(
          ...checkMarkupSafety(
            body.text,
            file,
            name.endsWith('.mdx') ? 'mdx' : 'md',
            MDX_COMPONENTS,
            body.firstLine,
          ),
        );
      }
      currentDir = path.slice(0, path.lastIndexOf('/'));
      const schema = schemas[collection];
      const result = schema.safeParse(data ?? {}, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = fieldName(issue.path);
          problems.push(
            `${file}:${lineOf(issue.path)} — ${field ? `field "${field}"` : 'front matter'}: ${describe(issue)}`,
          );
        }
      } else {
        const from = (result.data as { translatedFrom?: { locale: string } }).translatedFrom;
        const at = `${file}:${lineOf(['translatedFrom', 'locale'])} — field "translatedFrom.locale"`;
        if (from?.locale === locale)
          problems.push(`${at}: a translation cannot be made from its own locale`);
        else if (
          from &&
          !files.exists(`${collection}/${from.locale}/${slug}.md`) &&
          !files.exists(`${collection}/${from.locale}/${slug}.mdx`)
        )
          problems.push(
            `${at}: the original content/${collection}/${from.locale}/${slug}.md does not exist (a translation keeps the file name of its original)`,
          );
      }
    }
  }

  if (files.exists('prizes.json')) {
    const prizes = parseJson(files, 'prizes.json', problems);
    const projects = slugs.get('projects') ?? new Set();
    if (Array.isArray(prizes)) {
      prizes.forEach((row, i) => {
        const result = prizeYearSchema.safeParse(row, { reportInput: true });
        if (!result.success) {
          for (const issue of result.error.issues) {
            problems.push(
              `content/prizes.json — [${i}].${fieldName(issue.path)}: ${describe(issue)}`,
            );
          }
          return;
        }
        result.data.categories.forEach((category, c) =>
          category.winners.forEach((slug, w) => {
            if (!projects.has(slug)) {
              problems.push(
                `content/prizes.json — [${i}].categories[${c}].winners[${w}]: "${slug}" is not a project (expected a file name in content/projects/<locale>/)`,
              );
            }
          }),
        );
      });
    } else if (prizes !== undefined)
      problems.push('content/prizes.json — expected a list of prize years');
  }

  return problems;
}
