/** `/<locale>/events/<slug>.ics`: the event as an iCalendar file for calendar apps. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLocalized, renderedRoutes } from '../../../data/collections.ts';
import { icsCalendar } from '../../../lib/events.ts';
import type { Resolved } from '../../../lib/translations.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import type { Localized } from '../../../data/collections.ts';
import { BUILD_DATE, CONFIG, getLocale } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const index = await loadLocalized('events');
  return renderedRoutes(index).map(({ locale, slug, resolved }) => ({
    params: { locale, slug },
    props: { resolved },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ resolved: Resolved<Localized<'events'>> }> = ({ props, locals }) => {
  const { entry } = props.resolved;
  const url = absoluteUrl(CONFIG.site, locals.page.section('events', { slug: entry.slug }));
  const body = icsCalendar({
    uid: `${entry.slug}@${new URL(CONFIG.site).host}`,
    title: entry.data.title,
    description: `${entry.data.description}\n\n${url}`,
    start: entry.data.start,
    end: entry.data.end,
    url,
    location: entry.data.location,
    language: getLocale(entry.locale).tag,
    stamp: BUILD_DATE,
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
