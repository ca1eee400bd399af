/** `npm run new`, `npm run translate` and `npm run translation-status` end to end on a copy of the fixture content. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/paths.ts';

const work = join(TMP, 'editor-cli');
const content = join(work, 'content');

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_CONTENT_DIR: content },
  });
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/basic/content'), content, { recursive: true });
});

describe('editors’ command line', () => {
  it('new: writes an entry that the content check accepts', () => {
    const made = run('new.ts', 'news', '--locale', 'de', '--title', 'Schulen im Gespräch');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Wrote content/news/de/schulen-im-gesprach.md');
    const text = readFileSync(join(content, 'news/de/schulen-im-gesprach.md'), 'utf8');
    expect(text).toContain('title: "Schulen im Gespräch"');
    expect(text).toContain('sample: true');
    const check = run('check-content.ts');
    expect(check.status, check.stderr).toBe(0);
  });

  it('new: refuses to overwrite and explains a missing title', () => {
    const again = run('new.ts', 'news', '--locale', 'de', '--title', 'Schulen im Gespräch');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/news/de/schulen-im-gesprach.md already exists');
    const noTitle = run('new.ts', 'page', '--locale', 'de');
    expect(noTitle.stderr).toContain('--title is required');
  });

  it('translate: records the original’s version; status reports it outdated when the original changes', () => {
    const original = 'content/news/en/item-01.md';
    const started = run('translate.ts', original, '--to', 'sk');
    expect(started.status, started.stderr).toBe(0);
    const translation = join(content, 'news/sk/item-01.md');
    expect(readFileSync(translation, 'utf8')).toMatch(
      /translatedFrom:\n {2}locale: en\n {2}version: "[0-9a-f]{12}"\n---/,
    );

    const fresh = run('translation-status.ts', '--locale', 'sk');
    expect(fresh.stdout).not.toContain('outdated:  content/news/sk/item-01.md');

    appendFileSync(join(content, 'news/en/item-01.md'), '\nOne more paragraph.\n');
    const stale = run('translation-status.ts', '--locale', 'sk');
    expect(stale.stdout).toContain('outdated:  content/news/sk/item-01.md');

    const updated = run('translate.ts', original, '--to', 'sk', '--update');
    expect(updated.status, updated.stderr).toBe(0);
    const after = run('translation-status.ts', '--locale', 'sk');
    expect(after.stdout).not.toContain('outdated:  content/news/sk/item-01.md');
  });

  it('translate: refuses a translation as the source and an existing target', () => {
    const fromTranslation = run('translate.ts', 'content/news/sk/item-01.md', '--to', 'cs');
    expect(fromTranslation.stderr).toContain('is itself a translation from "en"');
    expect(existsSync(join(content, 'news/cs/item-01.md'))).toBe(false);
    const exists = run('translate.ts', 'content/news/en/item-01.md', '--to', 'sk');
    expect(exists.stderr).toContain('already exists');
  });

  it('translation-status: says in one line why a translation is untracked', () => {
    // The Turkish alpha page records no translatedFrom, and this copy has no Git history.
    const report = run('translation-status.ts', '--locale', 'tr');
    expect(report.stdout).toMatch(/^ {2}untracked: content\/pages\/tr\/alpha\.md \([^\n]+\)$/m);
  });

  it('translation-status: shows every locale with UI coverage', () => {
    const report = run('translation-status.ts', '--json');
    const data = JSON.parse(report.stdout) as { locale: string; ui: { total: number } }[];
    expect(data).toHaveLength(28);
    expect(data.every((l) => l.ui.total > 200)).toBe(true);
  });
});
