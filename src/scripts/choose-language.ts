/**
 * Language chooser at `/`: remembers the language a visitor picks, and on later visits (or on
 * the first, from the browser's preferences) goes straight to it. `/?choose` shows the list.
 */
import { negotiateLocale } from '../lib/locales.ts';

const STORAGE_KEY = 'etwinning.locale';
const list = document.querySelector<HTMLElement>('[data-language-chooser]');

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

if (list) {
  const links = new Map(
    [...list.querySelectorAll<HTMLAnchorElement>('a[data-locale]')].map((a) => [
      a.dataset.locale ?? '',
      a,
    ]),
  );
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
    if (!link?.dataset.locale) return;
    try {
      localStorage.setItem(STORAGE_KEY, link.dataset.locale);
    } catch {
      // Storage can be disabled; the link still works.
    }
  });

  if (!new URLSearchParams(location.search).has('choose')) {
    const stored = remembered();
    const target =
      (stored && links.get(stored)) ||
      links.get(
        negotiateLocale(
          navigator.languages ?? [navigator.language],
          [...links.values()].map((a) => ({ code: a.dataset.locale ?? '', tag: a.hreflang })),
          list.dataset.defaultLocale ?? '',
        ),
      );
    if (target) location.replace(target.href);
  }
}
