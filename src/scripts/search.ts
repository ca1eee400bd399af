/**
 * The search page: queries Pagefind in the page's language (optionally merged with the
 * source-language "originals" bundle), with type/country/year filters, newest-first sorting and
 * our own translated strings. The state lives in the URL, so results can be shared and the
 * header form (a plain GET form) lands here with its query. The DOM-free steps live in
 * ./search-query.ts.
 */
import {
  FILTERS,
  filterLabeller,
  filterOptions,
  readRequest,
  resultsStatus,
  searchOptions,
  writeRequest,
  type ChosenFilters,
  type FilterName,
  type SearchRequest,
} from './search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** The parts of the page (headings with an id) where the query was found. */
  sub_results?: { title: string; url: string }[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string, options: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Strings {
  loading: string;
  error: string;
  prompt: string;
  none: string;
  results: Record<string, string>;
  inLanguage: string;
  more: string;
  types: Record<string, string>;
}

/** The page's settings, written as data attributes by src/pages/[locale]/search/index.astro. */
interface Config {
  strings: Strings;
  /** BCP 47 tag of the page's language, for every formatter. */
  lang: string;
  base: string;
  /** Folder of the page language's Pagefind bundle. */
  bundle: string | undefined;
  /** Folder of the source-language bundle, when the page is not in the source language. */
  originals: string | undefined;
  originalsLang: string | undefined;
  /** Types whose pages hold many entries at anchors (the help page): results link to them. */
  anchoredTypes: readonly string[];
}

/** The page's interactive elements. */
interface Elements {
  /** The heading that doubles as the polite live region. */
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The "also search the originals" checkbox; absent on source-language pages. */
  originals: HTMLInputElement | null;
  sorts: HTMLInputElement[];
}

/** Locale-aware wording for filter values, dates, numbers and language names. */
interface Formatters {
  label: (name: FilterName, value: string) => string;
  date: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  languageName: Intl.DisplayNames;
}

/** One page view's search: its fixed query, the ticked filters and the loaded index. */
interface Session {
  root: HTMLElement;
  config: Config;
  ui: Elements;
  query: string;
  chosen: ChosenFilters;
  pagefind: Pagefind;
  text: Formatters;
  /** Counts runs, so that only the latest one writes to the page. */
  generation: number;
}

const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

/** Shows the scripted UI, restores the form from the URL, loads Pagefind and runs the search. */
async function start(root: HTMLElement): Promise<void> {
  const config = readConfig(root);
  const ui = findElements(root);
  revealScriptedUi(root);
  if (!ui) return;
  const request = readRequest(location.search);
  restoreForm(ui, request);
  // The originals index is merged in at load, so switching it means loading the page anew.
  ui.originals?.addEventListener('change', () => ui.form.requestSubmit());
  if (!request.query) {
    ui.status.textContent = config.strings.prompt;
    return;
  }
  ui.status.textContent = config.strings.loading;
  const pagefind = await loadPagefind(config, ui.originals?.checked ?? false);
  if (!pagefind) {
    ui.status.textContent = config.strings.error;
    return;
  }
  const { query, chosen } = request;
  const text = makeFormatters(config);
  const session: Session = { root, config, ui, query, chosen, pagefind, text, generation: 0 };
  for (const radio of ui.sorts) radio.addEventListener('change', () => void runSearch(session));
  await runSearch(session);
}

/** Reads the page's settings from the root's data attributes. */
function readConfig(root: HTMLElement): Config {
  return {
    strings: JSON.parse(root.dataset.strings ?? '{}') as Strings,
    lang: root.dataset.lang ?? document.documentElement.lang,
    base: root.dataset.base ?? '/',
    bundle: root.dataset.bundle,
    originals: root.dataset.originals,
    originalsLang: root.dataset.originalsLang,
    anchoredTypes: JSON.parse(root.dataset.anchoredTypes ?? '[]') as string[],
  };
}

/** Finds the interactive elements; undefined when the markup lacks one the script needs. */
function findElements(root: HTMLElement): Elements | undefined {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('input[name="q"]');
  if (!status || !list || !more || !form || !input) return undefined;
  const originals = $<HTMLInputElement>('[data-search-originals]');
  const sorts = [...root.querySelectorAll<HTMLInputElement>('[data-search-sort]')];
  return { status, list, more, form, input, originals, sorts };
}

/** Swaps the "search needs JavaScript" notice for the filters and results. */
function revealScriptedUi(root: HTMLElement): void {
  root.querySelector('[data-search-noscript]')?.setAttribute('hidden', '');
  root.querySelector('[data-search-ui]')?.removeAttribute('hidden');
}

/** Puts the URL's query, originals choice and sort back into the form. */
function restoreForm(ui: Elements, request: SearchRequest): void {
  ui.input.value = request.query;
  if (ui.originals) ui.originals.checked = request.originals;
  for (const radio of ui.sorts) radio.checked = radio.value === request.sort;
}

/** Loads the page language's Pagefind index, merged with the originals when asked for. */
async function loadPagefind(config: Config, withOriginals: boolean): Promise<Pagefind | undefined> {
  try {
    const pagefind = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: config.base });
    if (withOriginals && config.originals) {
      await pagefind.mergeIndex(config.originals, {
        baseUrl: config.base,
        language: config.originalsLang,
      });
    }
    // Loading the filter index first makes every search report its filter counts.
    await pagefind.filters();
    return pagefind;
  } catch {
    return undefined;
  }
}

/** Builds the formatters for the page's language once, for every run. */
function makeFormatters({ lang, strings }: Config): Formatters {
  return {
    label: filterLabeller(lang, strings.types),
    date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }),
    number: new Intl.NumberFormat(lang),
    languageName: new Intl.DisplayNames([lang], { type: 'language' }),
  };
}

/** The search as the page now stands: the query, ticked filters, originals box and sort. */
function currentRequest({ ui, query, chosen }: Session): SearchRequest {
  return {
    query,
    originals: ui.originals?.checked ?? false,
    sort: ui.sorts.find((radio) => radio.checked)?.value ?? '',
    chosen,
  };
}

/** Records the search in the URL, runs it and shows the outcome, unless a newer run started. */
async function runSearch(session: Session): Promise<void> {
  const current = ++session.generation;
  const request = currentRequest(session);
  // Replace, not push: a filter or sort refines the search rather than adding a history entry.
  history.replaceState(null, '', writeRequest(request));
  let search: PagefindSearch | null;
  try {
    search = await session.pagefind.search(session.query, searchOptions(request));
  } catch {
    session.ui.status.textContent = session.config.strings.error;
    return;
  }
  if (!search || current !== session.generation) return;
  const { strings, lang } = session.config;
  const count = search.results.length;
  session.ui.status.textContent = resultsStatus(strings, session.query, count, lang);
  renderFilters(session, search.filters);
  await showResults(session, search.results, current);
}

/** Redraws each filter's checkboxes from the latest counts, hiding a filter with none. */
function renderFilters(session: Session, counts: PagefindSearch['filters']): void {
  for (const name of FILTERS) {
    const selector = `[data-filter="${name}"] [data-filter-options]`;
    const box = session.root.querySelector<HTMLElement>(selector);
    if (!box) continue;
    const label = (value: string) => session.text.label(name, value);
    const chosen = session.chosen[name];
    const options = filterOptions(name, counts[name] ?? {}, chosen, label, session.config.lang);
    box.replaceChildren(
      ...options.map(([value, count]) => renderFilterOption(session, name, value, count)),
    );
    box.closest('fieldset')?.toggleAttribute('hidden', options.length === 0);
  }
}

/** One filter checkbox with its label and count; ticking or unticking it runs the search. */
function renderFilterOption(
  session: Session,
  name: FilterName,
  value: string,
  count: number,
): HTMLLabelElement {
  const chosen = session.chosen[name];
  const wrapper = document.createElement('label');
  wrapper.className = 'checkbox';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value;
  box.checked = chosen.has(value);
  box.addEventListener('change', () => {
    if (box.checked) chosen.add(value);
    else chosen.delete(value);
    void runSearch(session);
  });
  wrapper.append(box, ` ${session.text.label(name, value)} `);
  const number = document.createElement('span');
  number.className = 'count';
  number.textContent = `(${session.text.number.format(count)})`;
  wrapper.append(number);
  return wrapper;
}

/** Empties the list, shows the first page of results and lets "more" add the next page. */
async function showResults(
  session: Session,
  results: PagefindSearch['results'],
  current: number,
): Promise<void> {
  const { list, more } = session.ui;
  list.replaceChildren();
  let shown = 0;
  const showMore = async () => {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (current !== session.generation) return;
    list.append(...batch.map((data) => renderResult(session, data)));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };
  more.onclick = () => void showMore();
  await showMore();
}

/** One result: thumbnail, linked title, type and date, excerpt, and a note if in another language. */
function renderResult(session: Session, data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  if (data.meta.image) item.append(resultImage(data.meta.image));
  const body = document.createElement('div');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.innerHTML = data.excerpt; // Pagefind escapes the excerpt and adds only <mark>.
  body.append(heading, resultFacts(session, data), excerpt);
  const parts = anchoredParts(session.config, data);
  if (parts) body.append(parts);
  const resultLang = foreignLanguage(session.config, data.url);
  if (resultLang) {
    link.lang = resultLang;
    excerpt.lang = resultLang;
    if (parts) parts.lang = resultLang;
    body.append(languageNote(session, resultLang));
  }
  item.append(body);
  return item;
}

/**
 * For a page of anchored entries (the help page's questions), links to the first three parts
 * where the query was found, so that each question is found on its own.
 */
function anchoredParts(config: Config, data: PagefindResultData): HTMLUListElement | undefined {
  const type = data.filters.type?.[0];
  if (!type || !config.anchoredTypes.includes(type)) return undefined;
  const parts = (data.sub_results ?? []).filter((part) => part.url.includes('#')).slice(0, 3);
  if (parts.length === 0) return undefined;
  const list = document.createElement('ul');
  list.className = 'result-parts';
  for (const part of parts) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = part.url;
    link.textContent = part.title;
    item.append(link);
    list.append(item);
  }
  return list;
}

/** A result's thumbnail: decorative, lazy, with its size reserved. */
function resultImage(src: string): HTMLImageElement {
  const image = document.createElement('img');
  image.src = src;
  image.alt = '';
  image.loading = 'lazy';
  image.width = 160;
  image.height = 90;
  return image;
}

/** A result's type and date, as "News · 3 Mar 2026". */
function resultFacts({ config, text }: Session, data: PagefindResultData): HTMLParagraphElement {
  const facts = document.createElement('p');
  facts.className = 'meta';
  const type = data.filters.type?.[0];
  facts.textContent = [
    type ? config.strings.types[type] : undefined,
    data.meta.date ? text.date.format(new Date(data.meta.date)) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return facts;
}

/**
 * The language of a result's page when it is not the page's own (an original merged in),
 * taken from the language menu's link to that locale.
 */
function foreignLanguage({ base, lang }: Config, url: string): string | undefined {
  const locale = url.slice(base.length).split('/')[0] ?? '';
  const resultLang = document.querySelector<HTMLAnchorElement>(
    `.language-list a[href^="${base}${locale}/"]`,
  )?.lang;
  return resultLang && resultLang !== lang ? resultLang : undefined;
}

/** The "In English" note under a result in another language. */
function languageNote({ config, text }: Session, resultLang: string): HTMLParagraphElement {
  const note = document.createElement('p');
  note.className = 'badge';
  note.textContent = config.strings.inLanguage.replace(
    '{language}',
    text.languageName.of(resultLang) ?? resultLang,
  );
  return note;
}
