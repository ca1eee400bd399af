/** `/downloads/etwinning-statistics.json`: every period and country, normalised. */
import type { APIRoute } from 'astro';
import { loadStats } from '../../data/stats.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadStats(), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
