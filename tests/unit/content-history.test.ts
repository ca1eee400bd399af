/** Translations without a recorded version, tracked through the Git history of a temporary repository. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/content-check.ts';
import { readTranslationStatus } from '../../src/data/translation-status.ts';
import {
  readEntries,
  recordedOriginal,
  versionRequests,
  type SectionStatus,
} from '../../src/lib/translation-status.ts';

const LOCALES = ['en', 'de', 'fr', 'pl'];
const PAGE = (title: string, extra = '') => `---
title: ${title}
description: About it.
updated: 2026-11-29
${extra}---

Text of ${title}.
`;
const FROM_EN = 'translatedFrom:\n  locale: en\n';

// The user's Git configuration (hooks, signing, templates) stays out of the test.
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

const root = mkdtempSync(join(tmpdir(), 'etwinning-history-'));
const repo = join(root, 'repo');
const content = join(repo, 'content');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: 'pipe' });
}
function write(path: string, text: string): void {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
}
function commit(message: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) write(path, text);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
}
/** The outdated and untracked pages of every locale. */
function pages(dir = content): Pick<SectionStatus, 'outdated' | 'untracked'> {
  const all = readTranslationStatus(LOCALES, dir, 'en').flatMap((s) =>
    s.sections.filter((c) => c.collection === 'pages'),
  );
  return {
    outdated: all.flatMap((s) => s.outdated),
    untracked: all.flatMap((s) => s.untracked),
  };
}
const outdated = (dir?: string) => pages(dir).outdated.map((o) => o.entry.path);
const untracked = (dir?: string) =>
  Object.fromEntries(pages(dir).untracked.map((u) => [u.entry.path, u.reason]));

beforeAll(() => {
  mkdirSync(content, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('translatedFrom without a version', () => {
  it('is valid front matter, and asks the history for the version', () => {
    const text = PAGE('Geschichte', FROM_EN);
    expect(recordedOriginal(text)).toEqual({ locale: 'en' });
    const files: Record<string, string> = {
      'countries.json': JSON.stringify([{ id: 'DE', programme: 'etwinning' }]),
      'pages/en/history.md': PAGE('History'),
      'pages/de/history.md': text,
      'pages/fr/history.md': PAGE('Histoire'),
      'pages/pl/history.md': PAGE('Historia', `${FROM_EN}  version: "abcdefabcdef"\n`),
    };
    const list = Object.keys(files);
    const read = (path: string) => files[path] ?? '';
    expect(checkContent({ list, read, exists: (p) => p in files }, LOCALES)).toEqual([]);
    // de (no version) and fr (no translatedFrom, same slug as the English one) ask; pl has one.
    const requests = versionRequests(readEntries(list, read, LOCALES), 'en');
    expect(requests.map((r) => [r.entry.path, r.original.path, r.implicit])).toEqual([
      ['pages/de/history.md', 'pages/en/history.md', false],
      ['pages/fr/history.md', 'pages/en/history.md', true],
    ]);
  });
});

describe('versions from the Git history', () => {
  it('a translation committed after its original is up to date', () => {
    commit('original', { 'pages/en/history.md': PAGE('History') });
    commit('translations', {
      'pages/de/history.md': PAGE('Geschichte', FROM_EN),
      'pages/fr/history.md': PAGE('Histoire'),
    });
    expect(outdated()).toEqual([]);
    expect(untracked()).toEqual({});
  });

  it('is outdated once the original changes, from the commit that last changed it', () => {
    const translated = git(repo, 'rev-parse', 'HEAD').trim();
    commit('original changed', { 'pages/en/history.md': PAGE('History', 'order: 2\n') });
    const status = pages();
    expect(status.outdated.map((o) => [o.entry.path, o.source])).toEqual([
      ['pages/de/history.md', { from: 'history', commit: translated }],
      ['pages/fr/history.md', { from: 'history', commit: translated }],
    ]);
    expect(status.outdated[0]?.version).not.toBe(status.outdated[0]?.original.version);
  });

  it('is up to date again once the translation is changed and committed', () => {
    commit('German updated', { 'pages/de/history.md': PAGE('Geschichte', `order: 2\n${FROM_EN}`) });
    expect(outdated()).toEqual(['pages/fr/history.md']);
  });

  it('says why uncommitted translations are untracked', () => {
    write('pages/de/history.md', PAGE('Geschichte!', FROM_EN));
    write('pages/pl/history.md', PAGE('Historia'));
    expect(untracked()).toEqual({
      'pages/de/history.md': expect.stringMatching(/^uncommitted changes/),
      'pages/pl/history.md': expect.stringMatching(/^not committed yet/),
    });
    git(repo, 'checkout', '-q', '--', '.');
    rmSync(join(content, 'pages/pl/history.md'));
    expect(untracked()).toEqual({});
  });

  it('does not take an entry written before the original as its translation', () => {
    commit('German first', {
      'pages/de/own.md': PAGE('Eigenes'),
      'pages/fr/early.md': PAGE('Tôt', FROM_EN),
    });
    commit('English later', {
      'pages/en/own.md': PAGE('Own'),
      'pages/en/early.md': PAGE('Early'),
    });
    expect(untracked()).toEqual({
      'pages/de/own.md': expect.stringMatching(/added before content\/pages\/en\/own\.md/),
      'pages/fr/early.md': expect.stringMatching(/content\/pages\/en\/early\.md did not exist/),
    });
  });

  it('works when the content folder is the top of the repository', () => {
    const top = join(root, 'top');
    git(root, 'clone', '-q', join(repo, '.git'), top);
    const moved = join(root, 'content-only');
    git(root, 'init', '-q', '-b', 'main', moved);
    cpSync(join(top, 'content'), moved, { recursive: true });
    git(moved, 'add', '-A');
    git(moved, 'commit', '-q', '-m', 'all at once');
    // One commit for everything: every translation was made from the originals in it.
    expect(outdated(moved)).toEqual([]);
    expect(untracked(moved)).toEqual({});
  });

  it('leaves everything untracked, with the reason, in a shallow clone or without Git', () => {
    const shallow = join(root, 'shallow');
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const reasons = untracked(join(shallow, 'content'));
    expect(Object.keys(reasons)).toEqual([
      'pages/de/history.md',
      'pages/de/own.md',
      'pages/fr/early.md',
      'pages/fr/history.md',
    ]);
    expect(reasons['pages/de/history.md']).toMatch(/shallow clone .*git fetch --unshallow/);

    const plain = join(root, 'plain');
    cpSync(content, plain, { recursive: true });
    // A repository without commits: Git's own message follows (in the user's language).
    const empty = join(root, 'empty');
    cpSync(content, empty, { recursive: true });
    git(empty, 'init', '-q');
    expect(untracked(empty)['pages/fr/history.md']).toMatch(/Git cannot read the history here: ./);
    // Git's own message follows (in the user's language).
    expect(untracked(plain)['pages/fr/history.md']).toMatch(/Git cannot read the history here: ./);
  });
});
