/**
 * The browser editor at /admin/ in Chromium, against the local backend (`decap-server`, started
 * here on a free port) writing into a temporary copy of the fixture content, never the real
 * one: a German news item created through the forms writes that one file; an English item
 * translated into Polish side by side writes the Polish file and leaves the original byte for
 * byte; the content gate accepts both. The interface speaks the editor's language.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/content-check.ts';
import { LOCAL_BACKEND_URL } from '../../scripts/lib/cms-config.ts';
import { readContentFolder } from '../../src/data/content-folder.ts';
import { LOCALE_CODES } from '../../src/site.ts';
import { EDITOR_FOLDER, securityHeaders } from '../../src/lib/security-headers.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT, fixtureOut } from '../support/paths.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

/** Where the mirror fixture's content sits in the repository (its editor's folders say so). */
const CONTENT = 'tests/fixtures/basic/content';

let repo = '';
let backend: ChildProcess | undefined;
let site: RunningServer | undefined;
let browser: Browser | undefined;
let backendUrl = '';
const violations: string[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Every file of the copy's content folder with its text. */
function snapshot(): Map<string, string> {
  const dir = join(repo, CONTENT);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(md|mdx|json)$/.test(f),
  );
  return new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** What changed in the copy's content folder since `before`: added or modified files. */
function changes(before: Map<string, string>): string[] {
  return [...snapshot()].filter(([f, text]) => before.get(f) !== text).map(([f]) => f);
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The editor in `lang`, logged in to the local backend. */
async function openEditor(lang: string, route: string): Promise<Page> {
  const page = await browser!.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  // The built configuration names decap-server's default port; this one runs on a free port.
  await page.route(`**/${EDITOR_FOLDER}/config.json`, async (request) => {
    const response = await request.fetch();
    const body = (await response.text()).replace(LOCAL_BACKEND_URL, backendUrl);
    await request.fulfill({ response, body });
  });
  page.on('dialog', (dialog) => void dialog.accept());
  const admin = `${site!.origin}/mirror/${EDITOR_FOLDER}/?lang=${lang}`;
  await page.goto(admin);
  await page.getByRole('button', { name: /^(Login|Zaloguj się)$/ }).click();
  await page.goto(`${admin}${route}`);
  return page;
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'portal-editor-'));
  cpSync(join(ROOT, CONTENT), join(repo, CONTENT), { recursive: true });
  const port = await freePort();
  backendUrl = `http://127.0.0.1:${port}/api/v1`;
  backend = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    // MODE: files written as they are (vitest's own MODE=test would be read as a proxy mode).
    env: {
      ...process.env,
      MODE: 'fs',
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: repo,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  backend.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  backend.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  site = await serveStatic(
    fixtureOut('mirror'),
    '/mirror/',
    Object.fromEntries(securityHeaders(true).map((h) => [h.name, h.value])),
  );
  browser = await launchBrowser();
  // Express and its middlewares take a few seconds to load on a busy machine.
  for (let i = 0; i < 300; i++) {
    const info = await fetch(backendUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
    }).catch(() => undefined);
    if (info?.ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not start:\n${log.join('')}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  backend?.kill();
  rmSync(repo, { recursive: true, force: true });
});

describe('the browser editor', () => {
  it('creates a German news item through the forms: one German file, accepted by the gate', async () => {
    const before = snapshot();
    const page = await openEditor('de', '#/collections/news--de/new');
    // The interface in German (Decap ships it), the fields as the schema has them.
    await page.getByText('Wähle ein Bild').waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Schulen pflanzen Bäume');
    await page
      .getByLabel('Description', { exact: true })
      .fill('Beispiel: Schulen in zwei Ländern pflanzen gemeinsam Bäume.');
    await page.getByLabel('Date', { exact: true }).fill('2026-12-01');
    await page.getByLabel('Countries', { exact: true }).click();
    await page.keyboard.type('Germany');
    await page.keyboard.press('Enter');
    await page.getByLabel('Topic', { exact: true }).click();
    await page.keyboard.type('Inclusion');
    await page.keyboard.press('Enter');
    await page.getByText('Wähle ein Bild').click();
    await page.getByText('cover.jpg').click();
    await page.getByText('Ausgewähltes Element verwenden').click();
    await page.getByLabel('Alt', { exact: true }).fill('Kinder pflanzen einen Baum');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type('Zwei Schulen pflanzen gemeinsam Bäume.');
    await page.getByText('Veröffentlichen', { exact: true }).click();
    await page.getByText('Jetzt veröffentlichen').click();
    const file = 'news/de/schulen-pflanzen-baume.md';
    await waitFor(() => changes(before).length > 0, 'the saved file');
    await page.close();

    expect(changes(before)).toEqual([file]);
    const written = readFileSync(join(repo, CONTENT, file), 'utf8');
    expect(written).toMatch(/^---\ntitle: Schulen pflanzen Bäume\n/);
    expect(written).toContain('src: ../../images/cover.jpg');
    expect(written).toContain('countries:\n  - DE\n');
    expect(checkContent(readContentFolder(join(repo, CONTENT)), LOCALE_CODES)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('translates an English item into Polish side by side: the Polish file only, the original untouched', async () => {
    const before = snapshot();
    const page = await openEditor('pl', '#/collections/news/entries/item-01');
    // The Polish pane, filled in from the English original, then translated.
    await page.getByText('Fill in from another locale').nth(1).click();
    await page.getByRole('menuitem', { name: /^en$/i }).click();
    const title = page.getByLabel('Title', { exact: true });
    await expect.poll(() => title.nth(1).inputValue()).toBe('Fixture news 01');
    await title.nth(1).fill('Wiadomość testowa 01');
    await page.getByLabel('Description', { exact: true }).nth(1).fill('Wiadomość testowa numer 1.');
    await page.locator('[data-slate-editor]').nth(1).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Treść wiadomości testowej 1.');
    await page.getByText('Opublikuj', { exact: true }).click();
    await page
      .getByText('Opublikuj teraz')
      .click()
      .catch(async (error: Error) => {
        await page.screenshot({ path: join(tmpdir(), 'editor-polish.png') });
        throw error;
      });
    const file = 'news/pl/item-01.md';
    await waitFor(() => changes(before).length > 0, 'the saved translation');
    await page.close();

    expect(changes(before)).toEqual([file]);
    const written = readFileSync(join(repo, CONTENT, file), 'utf8');
    expect(written).toMatch(/^---\ntitle: Wiadomość testowa 01\n/);
    expect(written).toContain('Treść wiadomości testowej 1.');
    expect(checkContent(readContentFolder(join(repo, CONTENT)), LOCALE_CODES)).toEqual([]);
    expect(violations).toEqual([]);
  });
});
