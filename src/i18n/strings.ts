/** Loads every locale's UI strings: English from the typed source, the rest from JSON files. */
import en from './strings/en.ts';

export type UiStrings = Readonly<Record<string, string>>;

const files = import.meta.glob<UiStrings>('./strings/*.json', { eager: true, import: 'default' });

/** UI strings by locale code. */
export const UI_STRINGS: Readonly<Record<string, UiStrings>> = {
  en,
  ...Object.fromEntries(
    Object.entries(files).map(([path, strings]) => [
      path.replace(/^.*\/(.+)\.json$/, '$1'),
      strings,
    ]),
  ),
};
