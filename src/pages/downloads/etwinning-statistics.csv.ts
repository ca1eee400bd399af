/** `/downloads/etwinning-statistics.csv`: every period and country, normalised. */
import type { APIRoute } from 'astro';
import { statsCsv } from '../../data/stats.ts';

export const GET: APIRoute = () =>
  new Response(statsCsv(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
