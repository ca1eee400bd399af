/** The browser editor drops a recorded version from a translation it changes (src/admin/translated-from.js). */
import { describe, expect, it } from 'vitest';
import { withoutRecordedVersion } from '../../src/admin/translated-from.js';

describe('withoutRecordedVersion', () => {
  it('keeps the original locale and drops the version and its review', () => {
    const front = {
      title: 'Geschichte',
      translatedFrom: { locale: 'en', version: '3b4a0a9b17c2', reviewed: '2026-11-30' },
    };
    expect(withoutRecordedVersion(front)).toEqual({
      title: 'Geschichte',
      translatedFrom: { locale: 'en' },
    });
  });

  it('leaves entries without a recorded version as they are', () => {
    const original = { title: 'History' };
    expect(withoutRecordedVersion(original)).toBe(original);
    const derived = { title: 'Historia', translatedFrom: { locale: 'en' } };
    expect(withoutRecordedVersion(derived)).toBe(derived);
  });
});
