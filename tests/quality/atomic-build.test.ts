/** `npm run build` publishes atomically: a crash leaves the previous output byte for byte. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/paths.ts';

const work = join(TMP, 'atomic');
const content = join(work, 'content');
const out = join(work, 'site');

function build() {
  return spawnSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_CONTENT_DIR: content,
      PORTAL_OUT_DIR: out,
      PORTAL_LOCALES: 'en',
      PORTAL_CACHE_DIR: join(work, 'cache'),
      PORTAL_GENERATED_DIR: join(work, 'generated'),
    },
  });
}

describe('atomic output', () => {
  it('keeps the previous output when Astro crashes mid-build, and replaces it after a good build', () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/basic/content'), content, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    writeFileSync(join(out, 'keep.txt'), 'previous file');

    // An image file that exists (so the content check passes) but is not an image: the image
    // pipeline fails after Astro has started writing pages.
    const image = join(content, 'images/cover.jpg');
    const original = readFileSync(image);
    writeFileSync(image, 'this is not a JPEG');
    const crashed = build();
    expect(crashed.status).not.toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'keep.txt']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(`${out}.next`)).toBe(false);

    writeFileSync(image, original);
    const built = build();
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(join(out, 'keep.txt'))).toBe(false);
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toContain('<html lang="en"');
    expect(existsSync(`${out}.next`) || existsSync(`${out}.previous`)).toBe(false);
  }, 180_000);
});
