/** 404 page: shows the visitor's language first, taken from the missing URL or the browser. */
import { negotiateLocale } from '../lib/locales.ts';
import { splitLocalePath } from '../lib/urls.ts';

const list = document.querySelector<HTMLElement>('[data-not-found]');
if (list) {
  const locales = (list.dataset.locales ?? '').split(' ').filter(Boolean);
  const base = document.documentElement.dataset.base ?? '/';
  const items = [...list.querySelectorAll<HTMLElement>('li[data-locale]')];
  const fromUrl = splitLocalePath(location.pathname, base, locales)?.locale;
  const wanted =
    fromUrl ??
    negotiateLocale(
      navigator.languages ?? [navigator.language],
      items.map((li) => ({ code: li.dataset.locale ?? '', tag: li.lang })),
      locales[0] ?? '',
    );
  const item = items.find((li) => li.dataset.locale === wanted);
  if (item) {
    list.prepend(item);
    document.documentElement.lang = item.lang;
    document.documentElement.dir = item.dir;
    document.title = `${item.querySelector('h2')?.textContent ?? ''} | eTwinning`;
  }
}
