/**
 * Astro integration that writes the browser editor into the output after the build:
 * `<base>admin/` with Decap CMS copied from node_modules (no third-party host), its
 * configuration generated from the registries (config.json, scripts/lib/cms-config.ts), the two
 * start scripts with the YAML parser they use, and its own `.htaccess` with the editor's Content-Security-Policy. See docs/editor.md.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsConfig, DATA_FILE_FORMAT, type CmsOptions } from '../../scripts/lib/cms-config.ts';
import { readCountryCodes } from '../lib/countries.ts';
import {
  EDITOR_FOLDER,
  editorContentSecurityPolicy,
  editorHtaccess,
} from '../lib/security-headers.ts';
import type { PortalConfig } from '../lib/config.ts';

/** Our locale codes whose interface language Decap ships, with Decap's name for it. */
export const EDITOR_UI_LOCALES: Readonly<Record<string, string>> = {
  bg: 'bg',
  cs: 'cs',
  da: 'da',
  de: 'de',
  el: 'gr',
  en: 'en',
  es: 'es',
  fr: 'fr',
  hr: 'hr',
  hu: 'hu',
  it: 'it',
  lt: 'lt',
  nl: 'nl',
  no: 'nb_no',
  nb: 'nb_no',
  pl: 'pl',
  pt: 'pt',
  ro: 'ro',
  sk: 'sk',
  sl: 'sl',
  sv: 'sv',
  tr: 'tr',
};

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const resolver = createRequire(import.meta.url);

/** The editor's page: no inline script or style, the editor's policy as a `<meta>` tag too. */
export function editorPage(locales: readonly string[]): string {
  const ui = Object.fromEntries(
    Object.entries(EDITOR_UI_LOCALES).filter(([code]) => locales.includes(code) || code === 'nb'),
  );
  const attribute = JSON.stringify(ui).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta http-equiv="Content-Security-Policy" content="${editorContentSecurityPolicy(true)}">
    <title>eTwinning portal: editor</title>
  </head>
  <body>
    <noscript>The editor needs JavaScript. The content can also be edited as files: see CONTRIBUTING.md.</noscript>
    <script src="cms-setup.js"></script>
    <script src="decap-cms.js"></script>
    <script type="module" src="cms-start.js" data-format="${DATA_FILE_FORMAT}" data-ui-locales='${attribute}'></script>
  </body>
</html>
`;
}

/** The files of Decap's bundle to publish: the script, its chunks, its WebAssembly, its licences. */
function isBundleFile(name: string): boolean {
  return /^(\d+\.)?decap-cms\.js(\.LICENSE\.txt)?$/.test(name) || name.endsWith('.wasm');
}

/** The editor integration for a build's configuration. */
export function editor(config: PortalConfig, sourceLocale: string): AstroIntegration {
  return {
    name: 'portal-editor',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), EDITOR_FOLDER);
        await mkdir(out, { recursive: true });
        const bundle = dirname(resolver.resolve('decap-cms/dist/decap-cms.js'));
        for (const name of (await readdir(bundle)).filter(isBundleFile)) {
          await copyFile(join(bundle, name), join(out, name));
        }
        for (const name of ['cms-setup.js', 'cms-start.js', 'translated-from.js']) {
          await copyFile(join(root, 'src/admin', name), join(out, name));
        }
        const content = resolve(root, config.paths.content);
        const countriesFile = join(content, 'countries.json');
        const contentDir = relative(root, content);
        const options: CmsOptions = {
          repo: config.editor.repo,
          branch: config.editor.branch,
          authUrl: config.editor.authUrl,
          contentDir: contentDir.startsWith('..') ? 'content' : contentDir,
          locales: config.locales,
          sourceLocale,
          countries: readCountryCodes(await readFile(countriesFile, 'utf8'), countriesFile),
          siteUrl: `${config.site}${config.base}`,
        };
        await writeFile(
          join(out, 'config.json'),
          `${JSON.stringify(cmsConfig(options), null, 2)}\n`,
        );
        // The start script's YAML parser: the `yaml` package's browser build, as it ships.
        await cp(
          join(dirname(resolver.resolve('yaml/package.json')), 'browser/dist'),
          join(out, 'yaml'),
          {
            recursive: true,
          },
        );
        await writeFile(join(out, 'index.html'), editorPage(config.locales));
        await writeFile(join(out, '.htaccess'), editorHtaccess());
      },
    },
  };
}
