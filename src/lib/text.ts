/** Small text helpers for putting markup inside translated sentences. */

/**
 * Splits a translated sentence around the first occurrence of a value, so that the value can be
 * wrapped in markup (a link, a `<strong>`) while the sentence stays in the translator's order.
 * @example splitAround('mehr als 1.500 Botschafter', '1.500') // ['mehr als ', '1.500', ' Botschafter']
 */
export function splitAround(
  text: string,
  value: string,
): [before: string, value: string, after: string] {
  const at = value ? text.indexOf(value) : -1;
  if (at === -1) return [text, '', ''];
  return [text.slice(0, at), value, text.slice(at + value.length)];
}
