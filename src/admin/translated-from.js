// The `translatedFrom` record of a translation saved in the browser editor (docs/editor.md).

/**
 * The front matter of a file changed in the editor. A translation changed there is taken as
 * made from its original as it is now: the version `npm run translate` recorded, and the review
 * of that version, no longer hold, so both are dropped and the translation status reads the
 * version from the commit the save makes (docs/content.md). `translatedFrom.locale` stays.
 * @param {Record<string, unknown>} front
 * @returns {Record<string, unknown>}
 * @example withoutRecordedVersion({ translatedFrom: { locale: 'en', version: 'abc' } })
 * // { translatedFrom: { locale: 'en' } }
 */
export function withoutRecordedVersion(front) {
  const from = front.translatedFrom;
  if (!from || typeof from !== 'object' || !('version' in from)) return front;
  const { version: _version, reviewed: _reviewed, ...original } = /** @type {object} */ (from);
  return { ...front, translatedFrom: original };
}
