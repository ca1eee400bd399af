import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleContentStore } from '../../src/integrations/content-cache.ts';

describe("Astro's content store", () => {
  it('is dropped when a schema source changes, and kept while none does', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-cache-'));
    const cache = join(root, 'cache');
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    writeFileSync(join(root, 'src/content.config.ts'), 'export const collections = {};\n');
    writeFileSync(join(root, 'src/lib/schemas.ts'), 'export const a = 1;\n');
    const store = join(cache, 'data-store.json');
    const write = () => (mkdirSync(cache, { recursive: true }), writeFileSync(store, '{}'));

    write();
    dropStaleContentStore(cache, root); // no stamp yet: the store's schemas are unknown
    expect(existsSync(store)).toBe(false);
    write();
    dropStaleContentStore(cache, root);
    expect(existsSync(store)).toBe(true);
    writeFileSync(join(root, 'src/lib/schemas.ts'), 'export const a = 2;\n');
    dropStaleContentStore(cache, root);
    expect(existsSync(store)).toBe(false);
  });
});
