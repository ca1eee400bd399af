/** `/<locale>/rss.xml`: the latest news of a locale as RSS 2.0, with absolute URLs. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsViews } from '../../data/views.ts';
import { translator } from '../../i18n/i18n.ts';
import { absoluteUrl, localizedPath } from '../../lib/urls.ts';
import { CONFIG, RENDERED_LOCALES, getLocale } from '../../site.ts';

export const getStaticPaths = (() =>
  RENDERED_LOCALES.map((l) => ({ params: { locale: l.code } }))) satisfies GetStaticPaths;

const FEED_SIZE = 30;

export const GET: APIRoute = async ({ params }) => {
  const reader = getLocale(params.locale ?? '');
  const t = translator(reader.code, reader.tag);
  const view = (await newsViews()).get(reader.code);
  const url = (path: string) =>
    absoluteUrl(CONFIG.site, localizedPath(CONFIG.base, reader.code, path));
  return rss({
    title: t('news.feedTitle', { language: reader.nativeName }),
    description: t('news.intro'),
    site: url(''),
    customData: `<language>${reader.tag}</language>`,
    items: (view?.all ?? []).slice(0, FEED_SIZE).map((item) => ({
      title: item.entry.data.title,
      description: item.entry.data.description,
      pubDate: item.entry.data.date,
      link: url(`news/${item.entry.slug}/`),
      categories: [t(`topic.${item.entry.data.topic}`)],
    })),
  });
};
