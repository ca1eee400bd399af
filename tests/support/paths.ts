/** Where the site tests find the project and the fixture builds. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp');
export const FIXTURE_SITE = 'https://portal.example.org';

/** Output folder of a fixture build. */
export function fixtureOut(name: 'mirror' | 'extension' | (string & {})): string {
  return join(TMP, `out-${name}`);
}
