/** Locale formatting of statistics: counts, shares and signed growth, all through Intl. */
import { numberFormat } from './intl-cache.ts';

/** A count, e.g. "226.597" in German. */
export function formatCount(value: number, tag: string): string {
  return numberFormat(tag).format(value);
}

/** A share (0–1) as a percentage with one decimal, e.g. "12,3 %" in German. */
export function formatShare(value: number, tag: string): string {
  return numberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A relative change with its sign, e.g. "+4,2 %" (zero has no sign). */
export function formatChange(value: number, tag: string): string {
  return numberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}
