/** Professional-development events: upcoming and past lists, dates, and iCalendar files. */
import { dateTimeFormat } from './intl-cache.ts';

interface Timed {
  readonly data: { readonly start: Date; readonly end: Date };
}

/**
 * Splits events at `now` (the build date): upcoming ones (not yet ended) soonest first, past ones
 * most recent first.
 */
export function splitByDate<T extends { readonly entry: Timed }>(
  items: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = items
    .filter((item) => item.entry.data.end >= now)
    .sort((a, b) => a.entry.data.start.getTime() - b.entry.data.start.getTime());
  const past = items
    .filter((item) => item.entry.data.end < now)
    .sort((a, b) => b.entry.data.start.getTime() - a.entry.data.start.getTime());
  return { upcoming, past };
}

/** The time zone event times are shown in: the Central Support Service's, with its name. */
export const EVENT_TIME_ZONE = 'Europe/Brussels';

/**
 * A start–end range in the reader's language, e.g. "20 Jan 2027, 16:00–17:00 CET".
 */
export function formatEventRange(start: Date, end: Date, tag: string): string {
  return (
    dateTimeFormat(tag, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: EVENT_TIME_ZONE,
    }).formatRange(start, end) + ` (${timeZoneName(start, tag)})`
  );
}

function timeZoneName(date: Date, tag: string): string {
  const part = dateTimeFormat(tag, { timeZone: EVENT_TIME_ZONE, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? EVENT_TIME_ZONE;
}

/** What an iCalendar event needs. */
export interface CalendarEvent {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly start: Date;
  readonly end: Date;
  readonly url: string;
  readonly location?: string | undefined;
  /** BCP 47 tag of the text. */
  readonly language: string;
  readonly stamp: Date;
}

function icsDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets, as RFC 5545 requires, without splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * An RFC 5545 calendar with one event, CRLF line endings and folded lines.
 * @example icsCalendar({ uid: 'x@example.org', title: 'Seminar', … })
 */
export function icsCalendar(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//eTwinning portal//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDate(event.stamp)}`,
    `DTSTART:${icsDate(event.start)}`,
    `DTEND:${icsDate(event.end)}`,
    `SUMMARY;LANGUAGE=${event.language}:${icsText(event.title)}`,
    `DESCRIPTION;LANGUAGE=${event.language}:${icsText(event.description)}`,
    `URL:${event.url}`,
    ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
