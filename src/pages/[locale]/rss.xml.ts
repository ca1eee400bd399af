/** `/<locale>/rss.xml`: the latest news of a locale as RSS 2.0, with absolute URLs. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionViews } from '../../data/views.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { CONFIG, RENDERED_LOCALES } from '../../site.ts';

export const getStaticPaths = (() =>
  RENDERED_LOCALES.map((l) => ({ params: { locale: l.code } }))) satisfies GetStaticPaths;

const FEED_SIZE = 30;

export const GET: APIRoute = async ({ locals }) => {
  const page = locals.page;
  const { locale: reader, t } = page;
  const view = (await sectionViews('news')).get(reader.code);
  return rss({
    title: t('news.feedTitle', { language: reader.nativeName }),
    description: t('news.intro'),
    site: absoluteUrl(CONFIG.site, page.section('home')),
    customData: `<language>${reader.tag}</language>`,
    items: (view?.all ?? []).slice(0, FEED_SIZE).map((item) => ({
      title: item.entry.data.title,
      description: item.entry.data.description,
      pubDate: item.entry.data.date,
      link: absoluteUrl(CONFIG.site, page.section('news', { slug: item.entry.slug })),
      categories: [t(`topic.${item.entry.data.topic}`)],
    })),
  });
};
