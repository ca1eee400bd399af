/**
 * The search page: queries Pagefind in the page's language (optionally merged with the
 * source-language "originals" bundle), with type/country/year filters, newest-first sorting and
 * our own translated strings. The state lives in the URL, so results can be shared and the
 * header form (a plain GET form) lands here with its query.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
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

const PAGE_SIZE = 10;
const FILTERS = ['type', 'country', 'year'] as const;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const lang = root.dataset.lang ?? document.documentElement.lang;
  const base = root.dataset.base ?? '/';
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('input[name="q"]');
  const originals = $<HTMLInputElement>('[data-search-originals]');
  $('[data-search-noscript]')?.setAttribute('hidden', '');
  $('[data-search-ui]')?.removeAttribute('hidden');
  if (!status || !list || !more || !form || !input) return;

  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  input.value = query;
  if (originals) originals.checked = params.get('originals') === '1';
  const chosen = Object.fromEntries(FILTERS.map((name) => [name, new Set(params.getAll(name))]));
  for (const radio of root.querySelectorAll<HTMLInputElement>('[data-search-sort]')) {
    radio.checked = radio.value === (params.get('sort') ?? '');
  }
  originals?.addEventListener('change', () => form.requestSubmit());

  if (!query) {
    status.textContent = strings.prompt;
    return;
  }
  status.textContent = strings.loading;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    if (originals?.checked && root.dataset.originals) {
      await pagefind.mergeIndex(root.dataset.originals, {
        baseUrl: base,
        language: root.dataset.originalsLang,
      });
    }
    // Loading the filter index first makes every search report its filter counts.
    await pagefind.filters();
  } catch {
    status.textContent = strings.error;
    return;
  }

  const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const plural = new Intl.PluralRules(lang);
  const label = (name: string, value: string) =>
    name === 'type'
      ? (strings.types[value] ?? value)
      : name === 'country'
        ? (regionNames.of(value) ?? value)
        : value;

  const syncUrl = () => {
    const next = new URLSearchParams();
    next.set('q', query);
    if (originals?.checked) next.set('originals', '1');
    for (const name of FILTERS) for (const value of chosen[name] ?? []) next.append(name, value);
    const sort = root.querySelector<HTMLInputElement>('[data-search-sort]:checked')?.value;
    if (sort) next.set('sort', sort);
    history.replaceState(null, '', `?${next}`);
  };

  const renderFilters = (counts: PagefindSearch['filters']) => {
    for (const name of FILTERS) {
      const box = root.querySelector<HTMLElement>(`[data-filter="${name}"] [data-filter-options]`);
      if (!box) continue;
      const values = Object.entries(counts[name] ?? {})
        .filter(([value, count]) => count > 0 || chosen[name]?.has(value))
        .sort(([a], [b]) =>
          name === 'year' ? b.localeCompare(a) : label(name, a).localeCompare(label(name, b), lang),
        );
      box.replaceChildren(
        ...values.map(([value, count]) => {
          const wrapper = document.createElement('label');
          wrapper.className = 'checkbox';
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = chosen[name]?.has(value) ?? false;
          box.addEventListener('change', () => {
            if (box.checked) chosen[name]?.add(value);
            else chosen[name]?.delete(value);
            void run();
          });
          wrapper.append(box, ` ${label(name, value)} `);
          const number = document.createElement('span');
          number.className = 'count';
          number.textContent = `(${new Intl.NumberFormat(lang).format(count)})`;
          wrapper.append(number);
          return wrapper;
        }),
      );
      box.closest('fieldset')?.toggleAttribute('hidden', values.length === 0);
    }
  };

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'result';
    if (data.meta.image) {
      const image = document.createElement('img');
      image.src = data.meta.image;
      image.alt = '';
      image.loading = 'lazy';
      image.width = 160;
      image.height = 90;
      item.append(image);
    }
    const body = document.createElement('div');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const facts = document.createElement('p');
    facts.className = 'meta';
    const type = data.filters.type?.[0];
    facts.textContent = [
      type ? strings.types[type] : undefined,
      data.meta.date ? dates.format(new Date(data.meta.date)) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the excerpt and adds only <mark>.
    body.append(heading, facts, excerpt);
    const resultLocale = data.url.slice(base.length).split('/')[0] ?? '';
    const resultLang = document.querySelector<HTMLAnchorElement>(
      `.language-list a[href^="${base}${resultLocale}/"]`,
    )?.lang;
    if (resultLang && resultLang !== lang) {
      link.lang = resultLang;
      excerpt.lang = resultLang;
      const note = document.createElement('p');
      note.className = 'badge';
      note.textContent = strings.inLanguage.replace(
        '{language}',
        languageNames.of(resultLang) ?? resultLang,
      );
      body.append(note);
    }
    item.append(body);
    return item;
  };

  let generation = 0;
  async function run(): Promise<void> {
    const current = ++generation;
    syncUrl();
    const filters = Object.fromEntries(
      FILTERS.filter((name) => (chosen[name]?.size ?? 0) > 0).map((name) => [
        name,
        { any: [...(chosen[name] ?? [])] },
      ]),
    );
    const newest =
      root.querySelector<HTMLInputElement>('[data-search-sort]:checked')?.value === 'newest';
    let search: PagefindSearch | null;
    try {
      search = await pagefind.search(query, {
        filters,
        ...(newest ? { sort: { date: 'desc' } } : {}),
      });
    } catch {
      status!.textContent = strings.error;
      return;
    }
    if (!search || current !== generation) return;
    const count = search.results.length;
    const template = strings.results[plural.select(count)] ?? strings.results.other ?? '';
    status!.textContent =
      count === 0
        ? strings.none.replace('{query}', query)
        : template
            .replace('{count}', new Intl.NumberFormat(lang).format(count))
            .replace('{query}', query);
    renderFilters(search.filters);
    list!.replaceChildren();
    let shown = 0;
    const showMore = async () => {
      const batch = await Promise.all(
        search.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()),
      );
      if (current !== generation) return;
      list!.append(...batch.map(renderResult));
      shown += batch.length;
      more!.hidden = shown >= count;
    };
    more!.onclick = () => void showMore();
    await showMore();
  }

  for (const radio of root.querySelectorAll<HTMLInputElement>('[data-search-sort]')) {
    radio.addEventListener('change', () => void run());
  }
  await run();
}
