/**
 * Every file the mirror fixture builds (pages, feeds, calendars, sitemaps, host files; hashed
 * assets and the search index aside), against the committed list: a refactoring that moves or
 * drops a URL fails here. After an intended change: `npx vitest run -u tests/build/built-files.test.ts`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/templates.ts';

describe('the URLs of the mirror fixture', () => {
  it('are the committed list', async () => {
    const files = readdirSync(FIXTURE.out, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split('\\').join('/'))
      .filter((file) => !/^(_astro|pagefind|pagefind-originals)\//.test(file))
      // The editor's copy of Decap's bundle (hashed chunk names, like _astro/).
      .filter((file) => !/^admin\/.*\.(js|wasm|txt)$/.test(file))
      .filter((file) => statSync(join(FIXTURE.out, file)).isFile())
      .sort();
    await expect(`${files.join('\n')}\n`).toMatchFileSnapshot('../fixtures/basic/built-files.txt');
  });
});
