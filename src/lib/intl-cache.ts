/**
 * Memoised `Intl` objects, for a locale's format tag (`formatTag`). Constructing a formatter costs far more than using one, and a build
 * formats thousands of dates, numbers and names with the same few settings.
 */
import { formatTag } from '../i18n/locales.ts';

const cache = new Map<string, unknown>();

function memo<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(
  tag: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return memo(
    `dtf|${tag}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(formatTag(tag), options),
  );
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(
  tag: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return memo(
    `nf|${tag}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(formatTag(tag), options),
  );
}

/** A cached `Intl.ListFormat` ("A, B and C"). */
export function listFormat(tag: string): Intl.ListFormat {
  return memo(`lf|${tag}`, () => new Intl.ListFormat(formatTag(tag), { type: 'conjunction' }));
}

/** A cached `Intl.DisplayNames`. */
export function displayNames(tag: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return memo(`dn|${tag}|${type}`, () => new Intl.DisplayNames([formatTag(tag)], { type }));
}

/** A cached `Intl.Collator`. */
export function collator(tag: string): Intl.Collator {
  return memo(`co|${tag}`, () => new Intl.Collator(tag));
}
