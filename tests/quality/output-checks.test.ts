/**
 * Each output check catches what it names, on a small built site written here, and passes the
 * same site when nothing is planted. The real builds are checked in tests/build/output.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlValidateConfig, validateHtml } from '../../scripts/lib/output-checks/html.ts';
import { checkHreflang } from '../../scripts/lib/output-checks/hreflang.ts';
import { checkInlineCode } from '../../scripts/lib/output-checks/inline-code.ts';
import { checkLinks } from '../../scripts/lib/output-checks/links.ts';
import { readSite } from '../../scripts/lib/output-checks/site.ts';
import { checkSitemap } from '../../scripts/lib/output-checks/sitemap.ts';
import { checkThirdParty } from '../../scripts/lib/output-checks/third-party.ts';
import { ROOT } from '../support/paths.ts';

const SITE = 'https://portal.example.org';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function page(lang: string, path: string, body: string, alternates = ''): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <title>Page ${path}</title>
    <link rel="canonical" href="${SITE}${path}">${alternates ? `\n    ${alternates}` : ''}
    <link rel="stylesheet" href="/m/_astro/site.css">
  </head>
  <body>
    <main id="main">
      <h1>Page</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

const ALT = `<link rel="alternate" hreflang="en" href="${SITE}/m/en/">
    <link rel="alternate" hreflang="de" href="${SITE}/m/de/">
    <link rel="alternate" hreflang="x-default" href="${SITE}/m/en/">`;

/** A tiny site under the base `/m/`; `plant` replaces files to break it. */
function site(plant: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'output-check-'));
  dirs.push(root);
  const files: Record<string, string> = {
    '_astro/site.css': 'body { background: url(/m/_astro/bg.svg); }',
    '_astro/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    'en/index.html': page(
      'en',
      '/m/en/',
      '<p><a href="/m/de/">Deutsch</a> <a href="about/#team">Team</a> <a href="mailto:a@b.eu">Mail</a> <a href="https://example.com/">Elsewhere</a></p>',
      ALT,
    ),
    'de/index.html': page('de', '/m/de/', '<p><a href="../en/">English</a></p>', ALT),
    'en/about/index.html': page('en', '/m/en/about/', '<h2 id="team">Team</h2>'),
    'sitemap-index.xml': `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${SITE}/m/sitemap-en.xml</loc></sitemap><sitemap><loc>${SITE}/m/sitemap-de.xml</loc></sitemap></sitemapindex>`,
    'sitemap-en.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/m/en/</loc></url><url><loc>${SITE}/m/en/about/</loc></url></urlset>`,
    'sitemap-de.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/m/de/</loc></url></urlset>`,
    ...plant,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return { root, built: readSite(root, SITE, '/m/') };
}

const messages = (problems: { file: string; message: string }[]) =>
  problems.map((p) => `${p.file}: ${p.message}`);

describe('the clean mini site', () => {
  const { root, built } = site();
  it('passes every check', async () => {
    expect(checkLinks(built)).toEqual([]);
    expect(checkHreflang(built)).toEqual([]);
    expect(checkSitemap(built, SITE)).toEqual([]);
    expect(checkThirdParty(built)).toEqual([]);
    expect(checkInlineCode(built)).toEqual([]);
    const files = built.pages.map((p) => p.file);
    expect(await validateHtml(root, files, htmlValidateConfig(ROOT))).toEqual([]);
  });
});

describe('planted problems are caught', () => {
  it('a broken link and a broken #anchor', () => {
    const { built } = site({
      'de/index.html': page(
        'de',
        '/m/de/',
        '<p><a href="/m/de/nachrichten/">News</a> <a href="../en/about/#people">Team</a> <a href="/elsewhere/">Out</a></p>',
        ALT,
      ),
    });
    expect(messages(checkLinks(built))).toEqual([
      'de/index.html: link to /m/de/nachrichten/ leads nowhere: no page /m/de/nachrichten/ was built (fix the link or add the page)',
      'de/index.html: link to ../en/about/#people: /m/en/about/ has no element with id "people"',
      'de/index.html: link to /elsewhere/ is outside the base path /m/: build links with withBase()/localizedPath()',
    ]);
  });

  it('a non-reciprocal hreflang, and one that points at a page in another language', () => {
    const { built } = site({
      // The German page no longer lists the English one back.
      'de/index.html': page(
        'de',
        '/m/de/',
        '<p>Hallo</p>',
        `<link rel="alternate" hreflang="de" href="${SITE}/m/de/">`,
      ),
      'en/about/index.html': page(
        'en',
        '/m/en/about/',
        '<h2 id="team">Team</h2>',
        `<link rel="alternate" hreflang="en" href="${SITE}/m/en/about/"><link rel="alternate" hreflang="fr" href="${SITE}/m/de/">`,
      ),
    });
    expect(messages(checkHreflang(built))).toEqual([
      'en/about/index.html: hreflang="fr" points at https://portal.example.org/m/de/, whose language is "de"',
      'en/about/index.html: hreflang="fr" points at https://portal.example.org/m/de/, which does not list this page back (alternates must be reciprocal)',
      'en/index.html: hreflang="de" points at https://portal.example.org/m/de/, which does not list this page back (alternates must be reciprocal)',
    ]);
  });

  it('a sitemap that misses a page and lists one that is not real', () => {
    const { built } = site({
      'sitemap-de.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/m/de/alt/</loc></url></urlset>`,
    });
    expect(messages(checkSitemap(built, SITE))).toEqual([
      'sitemap-de.xml: https://portal.example.org/m/de/alt/ is not a real page (not built, not indexable, or its canonical is another page)',
      'de/index.html: https://portal.example.org/m/de/ is indexable but no sitemap lists it',
    ]);
  });

  it('a page with an inline script, a style attribute and an event handler', () => {
    const { built } = site({
      'en/about/index.html': page(
        'en',
        '/m/en/about/',
        '<h2 id="team" style="color: red">Team</h2><script>alert(1)</script><img src="/m/_astro/bg.svg" alt="" onerror="alert(2)">',
      ),
    });
    expect(messages(checkInlineCode(built)).map((m) => m.split(':').slice(0, 2).join(':'))).toEqual(
      [
        'en/about/index.html: style attribute on <h2>',
        'en/about/index.html: onerror attribute on <img>',
        'en/about/index.html: inline <script>',
      ],
    );
  });

  it('resources from other hosts, in pages and stylesheets', () => {
    const { built } = site({
      'en/about/index.html': page(
        'en',
        '/m/en/about/',
        '<h2 id="team">Team</h2><img src="https://cdn.example.com/x.png" alt="x"><script src="//cdn.example.com/x.js"></script>',
      ),
      '_astro/site.css': "@import 'https://fonts.example.com/font.css'; body { color: black; }",
    });
    expect(messages(checkThirdParty(built)).map((m) => m.split(' from ')[0])).toEqual([
      'en/about/index.html: <script> loads //cdn.example.com/x.js',
      'en/about/index.html: <img> loads https://cdn.example.com/x.png',
      '_astro/site.css: loads https://fonts.example.com/font.css',
    ]);
  });

  it('invalid HTML', async () => {
    const { root } = site({
      'en/about/index.html': page(
        'en',
        '/m/en/about/',
        '<h2 id="team">Team</h2><p><div>block in p</div></p><h3></h3>',
      ),
    });
    const problems = await validateHtml(root, ['en/about/index.html'], htmlValidateConfig(ROOT));
    expect(problems.map((p) => p.message.match(/rule "([^"]+)"/)?.[1])).toEqual(
      expect.arrayContaining(['empty-heading']),
    );
    expect(problems.length).toBeGreaterThan(1);
  });
});

describe('npm run check', () => {
  it('runs every gate, prints each problem with its file and exits with 1', () => {
    const { root } = site({
      'en/about/index.html': page(
        'en',
        '/m/en/about/',
        '<h2 id="team">Team</h2><p><a href="/m/en/missing/">Gone</a></p><script>alert(1)</script>',
      ),
    });
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--no-build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PORTAL_CONTENT_DIR: join(ROOT, 'tests/fixtures/bad-content'),
        PORTAL_OUT_DIR: root,
        PORTAL_SITE: SITE,
        PORTAL_BASE: '/m/',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toMatch(/content\/news\/en\/[a-z-]+\.md:\d+ — /);
    expect(output).toContain('type checks skipped: fix the content first');
    expect(output).toMatch(
      /\/en\/about\/index\.html:\d+ — link to \/m\/en\/missing\/ leads nowhere/,
    );
    expect(output).toMatch(/\/en\/about\/index\.html:\d+ — inline <script>/);
    expect(output).toMatch(/check\(s\) failed: content: schemas and MDX safety; output:/);
  }, 120_000);
});
