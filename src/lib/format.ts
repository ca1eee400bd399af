/** Locale-aware formatting through Intl, so no locale needs hand-written formats. */
import { dateTimeFormat, numberFormat } from './intl-cache.ts';

/**
 * A calendar date in the reader's language, e.g. "29 November 2026" or "29. November 2026".
 * Dates from front matter are midnight UTC; formatting in UTC keeps the day from shifting.
 */
export function formatDate(date: Date, tag: string): string {
  return dateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A whole number with the locale's grouping, e.g. "1.500" in German.
 * @example formatNumber(226597, 'fr') // '226 597' (narrow no-break space)
 */
export function formatNumber(value: number, tag: string): string {
  return numberFormat(tag).format(value);
}

/** The machine-readable form of a date for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date range in the reader's language, e.g. "15 Sept 2024 – 15 June 2025". */
export function formatDateRange(start: Date, end: Date, tag: string): string {
  return dateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(start, end);
}
