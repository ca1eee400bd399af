// Starts the browser editor (Decap CMS, loaded just before) with the configuration the build
// generated (config.json; docs/editor.md):
// - the editor's language: ?lang=<code>, else the one chosen last time, else the browser's;
//   only that language's lists are shown, and the translation views pair it with English;
// - the interface in that language where Decap ships it, English otherwise;
// - two formats: Markdown entries whose empty locales write no file and whose unchanged files
//   are written back as they were, and the data files (JSON lists edited as `entries`).
/* global CMS */
import { parse, stringify } from './yaml/index.js';
import { withoutRecordedVersion } from './translated-from.js';

const script = document.querySelector('script[data-ui-locales]');
const uiLocales = JSON.parse(script?.dataset.uiLocales ?? '{}');
const config = await (await fetch('config.json', { credentials: 'same-origin' })).json();
const source = config.i18n.default_locale;
const locales = config.i18n.locales;

/** The editor's language: the URL, the last choice, the browser, else the source language. */
function workingLocale() {
  const asked = new URLSearchParams(location.search).get('lang');
  const remembered = localStorage.getItem('portal-editor-locale');
  const browser = [...(navigator.languages ?? []), navigator.language ?? '']
    .map((tag) => tag.toLowerCase())
    .flatMap((tag) => [tag, tag.split('-')[0]])
    .map((tag) => (tag === 'nb' || tag === 'nn' ? 'no' : tag));
  const found = [asked, remembered, ...browser].find((code) => code && locales.includes(code));
  return found ?? source;
}

const locale = workingLocale();
localStorage.setItem('portal-editor-locale', locale);

// Front matter as YAML, the rest as `body`.
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;
const written = new Map();
const key = (data) => JSON.stringify(data, Object.keys(data).sort());

CMS.registerCustomFormat('portal-markdown', 'md', {
  fromFile(text) {
    const match = FRONT_MATTER.exec(text);
    const data = match ? { ...(parse(match[1]) ?? {}), body: match[2] } : { body: text };
    written.set(key(data), text);
    return data;
  },
  toFile(data, order = []) {
    const { body = '', ...front } = data;
    const filled = Object.entries(front).filter(
      ([, value]) => value !== undefined && value !== null,
    );
    if (filled.length === 0 && !String(body).trim()) return '';
    const unchanged = written.get(key(data));
    if (unchanged !== undefined) return unchanged;
    const present = Object.entries(withoutRecordedVersion(Object.fromEntries(filled)));
    const rank = (name) => order.indexOf(name) + 1 || order.length + 1;
    const sorted = Object.fromEntries(present.sort(([a], [b]) => rank(a) - rank(b)));
    const text = String(body).replace(/^\n+/, '');
    return `---\n${stringify(sorted, { lineWidth: 0 })}---\n\n${text}${text.endsWith('\n') ? '' : '\n'}`;
  },
});

CMS.registerCustomFormat(script?.dataset.format ?? 'portal-json-list', 'json', {
  fromFile: (text) => ({ entries: JSON.parse(text) }),
  toFile: (data) => `${JSON.stringify(data.entries ?? [], null, 2)}\n`,
});

const pair = locale === source ? locales : [source, locale];
const collections = config.collections
  .filter((c) => !c.name.includes('--') || c.name.endsWith(`--${locale}`))
  .map((c) => (c.i18n ? { ...c, i18n: { locales: pair, default_locale: source } } : c));

CMS.init({
  config: {
    ...config,
    load_config_file: false,
    locale: uiLocales[locale] ?? 'en',
    i18n: { ...config.i18n, locales: pair },
    collections,
  },
});
