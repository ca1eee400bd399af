/** The one place i18next is set up. Pages ask for a translator per locale. */
import i18next, { type TOptions } from 'i18next';
import { SOURCE_LOCALE } from './locales.ts';
import { UI_STRINGS } from './strings.ts';
import type { UiKey } from './strings/en.ts';

/** Translates a UI key in one locale, with i18next interpolation and plurals. */
export type Translate = (key: UiKey, options?: TOptions) => string;

let instance: typeof i18next | undefined;

function getInstance(): typeof i18next {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(
      Object.entries(UI_STRINGS).map(([code, strings]) => [code, { translation: strings }]),
    ),
    fallbackLng: SOURCE_LOCALE,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/**
 * A translator bound to a locale; `tag` drives plural rules where the code is not a BCP 47 tag.
 * @example translator('de', 'de')('nav.home') // 'Startseite'
 */
export function translator(code: string, tag: string): Translate {
  const i18n = getInstance();
  if (tag !== code && !i18n.hasResourceBundle(tag, 'translation')) {
    i18n.addResourceBundle(tag, 'translation', UI_STRINGS[code] ?? {});
  }
  const t = i18n.getFixedT(tag);
  // Most strings are used without options on every page: translate each of those once.
  const plain = new Map<string, string>();
  return (key, options) => {
    if (options) return t(key, options) as string;
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = t(key) as string));
    return text;
  };
}
