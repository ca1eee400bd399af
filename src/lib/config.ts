/** Reads and validates the portal's build configuration from environment variables. */

/** The validated configuration every page and script builds with. */
export interface PortalConfig {
  /** Absolute origin (and optional path) the site is served from, without a trailing slash. */
  readonly site: string;
  /** URL path prefix, always starting and ending with `/`. */
  readonly base: string;
  /** Codes of the locales to build, in registry order. */
  readonly locales: readonly string[];
  /** The locale `/` falls back to and `x-default` leads to. */
  readonly defaultLocale: string;
  /** When the build happens, for "upcoming" and "past" (PORTAL_BUILD_DATE for reproducible builds). */
  readonly buildDate: Date;
  /** The main portal, where a mirror that builds fewer locales sends readers of the others. */
  readonly mainSite?: string | undefined;
  /**
   * Locales whose pages this build renders (PORTAL_RENDER_LOCALES, a shard of `locales`); pages
   * still link to every locale in `locales`. Defaults to all of them.
   */
  readonly renderLocales: readonly string[];
  /** Folders, relative to the project unless absolute (each env variable has one default here). */
  readonly paths: PortalPaths;
  /** Where the browser editor (/admin/) proposes changes: PORTAL_CMS_* (docs/editor.md). */
  readonly editor: EditorSettings;
}

/** The browser editor's GitHub backend. */
export interface EditorSettings {
  /** `owner/name` of the repository (PORTAL_CMS_REPO). */
  readonly repo: string;
  /** The branch pull requests target (PORTAL_CMS_BRANCH). */
  readonly branch: string;
  /** The OAuth service that logs editors in to GitHub (PORTAL_CMS_AUTH_URL); none by default. */
  readonly authUrl?: string | undefined;
}

/** The editor's defaults: the portal's own repository and branch (docs/editor.md). */
export const DEFAULT_EDITOR: EditorSettings = { repo: 'etwinning/portal', branch: 'main' };

/** Where a build reads and writes: PORTAL_CONTENT_DIR, PORTAL_GENERATED_DIR, PORTAL_OUT_DIR, PORTAL_CACHE_DIR. */
export interface PortalPaths {
  /** Editors' content (`content/`; fixtures use their own). */
  readonly content: string;
  /** What `npm run stats` generates for the pages (`.generated/`). */
  readonly generated: string;
  /** The published site (`dist/`). */
  readonly out: string;
  /** Astro's cache, kept between builds (optimised images). */
  readonly cache: string;
}

/** The folder defaults, declared once. */
export const DEFAULT_PATHS: PortalPaths = {
  content: 'content',
  generated: '.generated',
  out: 'dist',
  cache: 'node_modules/.astro',
};

/** Thrown with every problem found, one per line, before any build work starts. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid portal configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_SITE = 'http://localhost:4321';

/**
 * Builds the configuration from `PORTAL_SITE`, `PORTAL_BASE`, `PORTAL_LOCALES` and
 * `PORTAL_DEFAULT_LOCALE`, checking each against the known locale codes.
 * @example parsePortalConfig({ PORTAL_BASE: '/mirror' }, ['en']).base // '/mirror/'
 */
export function parsePortalConfig(
  env: Env,
  knownLocales: readonly string[],
  sourceLocale: string,
): PortalConfig {
  const problems: string[] = [];

  const rawSite = env.PORTAL_SITE?.trim() || DEFAULT_SITE;
  let site = DEFAULT_SITE;
  try {
    const url = new URL(rawSite);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
    site = url.href.replace(/\/+$/, '');
  } catch {
    problems.push(
      `PORTAL_SITE: "${rawSite}" is not an absolute http(s) URL (expected e.g. "https://etwinning.example.org")`,
    );
  }

  const rawBase = env.PORTAL_BASE?.trim() || '/';
  let base = '/';
  if (!rawBase.startsWith('/')) {
    problems.push(`PORTAL_BASE: "${rawBase}" must start with "/" (expected e.g. "/mirror/")`);
  } else if (
    /[?#\s\\]|\/\//.test(rawBase) ||
    rawBase.split('/').some((s) => s === '..' || s === '.')
  ) {
    problems.push(`PORTAL_BASE: "${rawBase}" must be a plain path such as "/mirror/"`);
  } else {
    base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  }

  const known = new Set(knownLocales);
  const requested = env.PORTAL_LOCALES?.trim()
    ? env.PORTAL_LOCALES.split(',').map((code) => code.trim())
    : [...knownLocales];
  for (const code of requested) {
    if (!known.has(code)) {
      problems.push(
        `PORTAL_LOCALES: "${code}" is not a locale of the portal (known: ${knownLocales.join(', ')})`,
      );
    }
  }
  const locales = knownLocales.filter((code) => requested.includes(code));
  if (requested.length > 0 && locales.length === 0 && problems.length === 0) {
    problems.push('PORTAL_LOCALES: no locale left to build');
  }

  const rawDefault = env.PORTAL_DEFAULT_LOCALE?.trim();
  const defaultLocale = rawDefault || (locales.includes(sourceLocale) ? sourceLocale : locales[0]);
  if (rawDefault && !locales.includes(rawDefault)) {
    problems.push(
      `PORTAL_DEFAULT_LOCALE: "${rawDefault}" is not among the locales being built (${locales.join(', ')})`,
    );
  }

  const rawDate = env.PORTAL_BUILD_DATE?.trim();
  const buildDate = rawDate ? new Date(rawDate) : new Date();
  if (Number.isNaN(buildDate.getTime())) {
    problems.push(`PORTAL_BUILD_DATE: "${rawDate}" is not a date (expected e.g. "2026-11-29")`);
  }

  const rawMain = env.PORTAL_MAIN_SITE?.trim();
  let mainSite: string | undefined;
  if (rawMain) {
    try {
      const url = new URL(rawMain);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
      mainSite = url.href;
    } catch {
      problems.push(
        `PORTAL_MAIN_SITE: "${rawMain}" is not an absolute http(s) URL (expected the main portal's address)`,
      );
    }
  }

  const rawRender = env.PORTAL_RENDER_LOCALES?.trim();
  const render = rawRender ? rawRender.split(',').map((code) => code.trim()) : [...locales];
  for (const code of render) {
    if (!locales.includes(code)) {
      problems.push(
        `PORTAL_RENDER_LOCALES: "${code}" is not among the locales being built (${locales.join(', ')})`,
      );
    }
  }
  const renderLocales = locales.filter((code) => render.includes(code));

  const paths: PortalPaths = {
    content: env.PORTAL_CONTENT_DIR?.trim() || DEFAULT_PATHS.content,
    generated: env.PORTAL_GENERATED_DIR?.trim() || DEFAULT_PATHS.generated,
    out: env.PORTAL_OUT_DIR?.trim() || DEFAULT_PATHS.out,
    cache: env.PORTAL_CACHE_DIR?.trim() || DEFAULT_PATHS.cache,
  };

  const repo = env.PORTAL_CMS_REPO?.trim() || DEFAULT_EDITOR.repo;
  if (!/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(repo)) {
    problems.push(
      `PORTAL_CMS_REPO: "${repo}" is not a GitHub repository (expected "owner/name", e.g. "${DEFAULT_EDITOR.repo}")`,
    );
  }
  const branch = env.PORTAL_CMS_BRANCH?.trim() || DEFAULT_EDITOR.branch;
  if (!/^[\w./-]+$/.test(branch) || branch.includes('..')) {
    problems.push(`PORTAL_CMS_BRANCH: "${branch}" is not a branch name (expected e.g. "main")`);
  }
  const rawAuth = env.PORTAL_CMS_AUTH_URL?.trim();
  let authUrl: string | undefined;
  if (rawAuth) {
    try {
      const url = new URL(rawAuth);
      if (url.protocol !== 'https:') throw new Error('protocol');
      authUrl = url.href.replace(/\/+$/, '');
    } catch {
      problems.push(
        `PORTAL_CMS_AUTH_URL: "${rawAuth}" is not an https URL (expected the OAuth service's address, e.g. "https://auth.example.org")`,
      );
    }
  }
  const editor: EditorSettings = { repo, branch, authUrl };

  if (problems.length > 0 || !defaultLocale) throw new ConfigError(problems);
  return { site, base, locales, defaultLocale, buildDate, mainSite, renderLocales, paths, editor };
}
