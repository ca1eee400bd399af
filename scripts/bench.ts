/**
 * `npm run bench -- --per-locale N`: generates realistic synthetic content (N news items and
 * N/10 projects per locale, ~400-word articles in each locale's own words) in a temporary
 * folder, builds the real site from it, and prints what each build step cost and what a
 * visitor downloads.
 *
 * Options: --per-locale N (default 100), --shape translated|single (default translated: every
 * entry in every locale; single: every entry in its own locale only), --keep (keep the
 * temporary folder), --locales a,b, --shards K (also build the same content as K locale shards,
 * one after another as separate CI machines would, merge them, and report the slowest shard and
 * the merge), --hugo (also build the same articles with Hugo and Pagefind, and compare).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { LOCALE_DEFINITIONS } from '../src/i18n/locales.ts';
import { BENCH_SHAPES, benchEntries, portalFiles, type BenchShape } from './lib/bench-content.ts';
import { hugoSite } from './lib/bench-hugo.ts';
import { buildSteps } from './lib/bench-log.ts';
import { runMeasured } from './lib/bench-process.ts';
import { localeVocabularies } from './lib/bench-vocabulary.ts';

const { values } = parseArgs({
  options: {
    'per-locale': { type: 'string', default: '100' },
    shape: { type: 'string', default: 'translated' },
    keep: { type: 'boolean', default: false },
    locales: { type: 'string' },
    shards: { type: 'string' },
    hugo: { type: 'boolean', default: false },
  },
});
const perLocale = Number(values['per-locale']);
if (!Number.isInteger(perLocale) || perLocale < 1) {
  console.error(`--per-locale: expected a whole number ≥ 1, got "${values['per-locale']}"`);
  process.exit(1);
}
const isShape = (value: string): value is BenchShape =>
  (BENCH_SHAPES as readonly string[]).includes(value);
if (!isShape(values.shape)) {
  console.error(`--shape: expected one of ${BENCH_SHAPES.join(', ')}, got "${values.shape}"`);
  process.exit(1);
}
const shape = values.shape;
const root = resolve(import.meta.dirname, '..');
const locales = values.locales?.split(',') ?? LOCALE_DEFINITIONS.map((l) => l.code);
const work = mkdtempSync(join(tmpdir(), 'portal-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');

const seconds = (from: number) => Number(((performance.now() - from) / 1000).toFixed(1));
const writeAll = (dir: string, files: readonly [string, string][]) => {
  for (const [path, text] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};

// Shared content that does not grow: countries, about pages, recognition, events, images.
mkdirSync(content, { recursive: true });
for (const item of ['countries.json', 'pages', 'recognition', 'events', 'images', 'stats']) {
  cpSync(join(root, 'content', item), join(content, item), { recursive: true });
}
writeFileSync(join(content, 'prizes.json'), '[]\n');
const generating = performance.now();
const entries = benchEntries({
  perLocale,
  locales,
  shape,
  vocabularies: localeVocabularies(root, locales),
});
writeAll(content, portalFiles(entries, '../../images/illustration-network.jpg'));
const generateSeconds = seconds(generating);

async function timedBuild(args: string[], outDir: string, rssFile: string) {
  const run = await runMeasured('npm', ['run', '-s', 'build', '--', ...args, '--out', outDir], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_CONTENT_DIR: content,
      PORTAL_CACHE_DIR: join(work, 'cache'),
      PORTAL_GENERATED_DIR: join(work, 'generated'),
      PORTAL_LOCALES: locales.join(','),
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --import ${join(root, 'scripts/lib/report-max-rss.mjs')}`.trim(),
      BENCH_MAX_RSS_FILE: rssFile,
    },
  });
  writeFileSync(`${outDir}.log.json`, JSON.stringify(run.lines));
  if (run.status !== 0) {
    console.error(run.lines.map((line) => line.text).join('\n'));
    console.error(`bench: the build failed (content in ${work})`);
    process.exit(1);
  }
  const peakKiB = readFileSync(rssFile, 'utf8')
    .trim()
    .split('\n')
    .reduce((max, line) => Math.max(max, Number(line) || 0), 0);
  return {
    seconds: run.seconds,
    peakMiB: Math.round(peakKiB / 1024),
    steps: buildSteps(run.lines),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}
const sizeOf = (files: readonly string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
const mib = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

const build = await timedBuild([], out, join(work, 'max-rss.txt'));
const all = walk(out);
const pages = all.filter((f) => f.endsWith('.html')).length;

// One article page as a visitor downloads it: the HTML and its stylesheets, gzipped.
const first = entries.find((e) => e.collection === 'news' && e.locale === locales[0]);
const article = join(
  out,
  first?.locale ?? 'en',
  'news',
  first?.slug ?? 'bench-news-1',
  'index.html',
);
const html = readFileSync(article, 'utf8');
const assets = (pattern: RegExp) =>
  [...html.matchAll(pattern)].map((m) => readFileSync(join(out, (m[1] ?? '').replace(/^\/+/, ''))));
const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
const js = assets(/<script[^>]+src="([^"]+)"/g);
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

const report = {
  perLocale,
  shape,
  locales: locales.length,
  entries: entries.length,
  pages,
  generateSeconds,
  seconds: Number(build.seconds.toFixed(1)),
  steps: Object.fromEntries(build.steps.map((s) => [s.step, s.seconds])),
  pagesPerSecond: Math.round(pages / build.seconds),
  peakMemoryMiB: build.peakMiB,
  outputMiB: mib(sizeOf(all)),
  articleGzipBytes: gzip(html) + css.reduce((sum, c) => sum + gzip(c), 0),
  articleJsBytes: js.reduce((sum, j) => sum + j.length, 0),
};
const projects = Math.ceil(perLocale / 10);
console.log(
  [
    `content:           ${perLocale} news (+ ${projects} projects) per locale × ${report.locales} locales, shape "${shape}" (${report.entries} files, generated in ${generateSeconds} s)`,
    `pages built:       ${report.pages}`,
    ...build.steps.map(
      (s) => `${s.part ? '  ' : ''}${`${s.step}: `.padEnd(s.part ? 17 : 19)}${s.seconds} s`,
    ),
    `wall time:         ${report.seconds} s`,
    `pages per second:  ${report.pagesPerSecond}`,
    `peak memory:       ${report.peakMemoryMiB} MiB`,
    `output size:       ${report.outputMiB} MiB`,
    `article page:      ${report.articleGzipBytes} bytes gzip (HTML + CSS)`,
    `JavaScript on it:  ${report.articleJsBytes} bytes`,
  ].join('\n'),
);
console.log(JSON.stringify(report));

if (values.hugo) {
  // The same entries as a Hugo site; each build starts from an empty output folder.
  const site = join(work, 'hugo');
  const definitions = new Map<string, string>(LOCALE_DEFINITIONS.map((l) => [l.code, l.tag]));
  writeAll(
    site,
    hugoSite(
      entries,
      locales.map((code) => ({ code, tag: definitions.get(code) ?? code })),
    ),
  );
  const publicDir = join(site, 'public');
  const measure = join(work, 'time.txt');
  const hugoBuild = async () => {
    rmSync(publicDir, { recursive: true, force: true });
    const run = await runMeasured('hugo', ['--quiet', '--destination', publicDir], {
      cwd: site,
      measureMemory: measure,
    });
    if (run.status !== 0) {
      console.error(run.lines.map((line) => line.text).join('\n'));
      console.error(`bench: the Hugo build failed (site in ${site})`);
      process.exit(1);
    }
    return run;
  };
  const cold = await hugoBuild();
  const warm = await hugoBuild();
  const search = await runMeasured(
    join(root, 'node_modules/.bin/pagefind'),
    ['--site', publicDir],
    {
      cwd: site,
      measureMemory: measure,
    },
  );
  if (search.status !== 0) {
    console.error(search.lines.map((line) => line.text).join('\n'));
    process.exit(1);
  }
  const hugoFiles = walk(publicDir);
  const hugoSeconds = cold.seconds + search.seconds;
  const hugo = {
    hugoPages: hugoFiles.filter((f) => f.endsWith('.html')).length,
    hugoColdSeconds: Number(cold.seconds.toFixed(1)),
    hugoWarmSeconds: Number(warm.seconds.toFixed(1)),
    hugoPeakMemoryMiB: Math.max(cold.peakMiB ?? 0, warm.peakMiB ?? 0),
    pagefindSeconds: Number(search.seconds.toFixed(1)),
    pagefindPeakMemoryMiB: search.peakMiB ?? 0,
    hugoOutputMiB: mib(sizeOf(hugoFiles)),
    /** Our whole build against Hugo's cold build plus Pagefind. */
    ratioTime: Number((build.seconds / hugoSeconds).toFixed(1)),
    ratioMemory: Number(
      (build.peakMiB / Math.max(1, cold.peakMiB ?? 0, search.peakMiB ?? 0)).toFixed(1),
    ),
  };
  console.log(
    [
      `hugo pages:        ${hugo.hugoPages} (${(hugo.hugoPages / pages).toFixed(2)} × ours; pagination redirects included)`,
      `hugo cold build:   ${hugo.hugoColdSeconds} s`,
      `hugo warm build:   ${hugo.hugoWarmSeconds} s`,
      `hugo peak memory:  ${hugo.hugoPeakMemoryMiB} MiB`,
      `pagefind:          ${hugo.pagefindSeconds} s, ${hugo.pagefindPeakMemoryMiB} MiB peak`,
      `hugo output size:  ${hugo.hugoOutputMiB} MiB`,
      `ours / hugo:       ${hugo.ratioTime} × the time (our build against cold build + Pagefind), ${hugo.ratioMemory} × the peak memory`,
    ].join('\n'),
  );
  console.log(JSON.stringify({ perLocale, shape, ...hugo }));
}

const shardCount = Number(values.shards ?? 0);
if (shardCount > 1) {
  const groups = Array.from({ length: shardCount }, (_, i) =>
    locales.filter((_, j) => j % shardCount === i),
  );
  const shards = [];
  for (const [i, group] of groups.entries())
    shards.push({
      locales: group,
      ...(await timedBuild(
        ['--locales', group.join(',')],
        join(work, `shard-${i + 1}`),
        join(work, `max-rss-${i + 1}.txt`),
      )),
    });
  const mergeStarted = performance.now();
  const merged = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/merge.ts'),
      '--out',
      join(work, 'merged'),
      ...groups.map((_, i) => join(work, `shard-${i + 1}`)),
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, PORTAL_LOCALES: locales.join(',') } },
  );
  if (merged.status !== 0) {
    console.error(merged.stderr);
    process.exit(1);
  }
  const mergeSeconds = (performance.now() - mergeStarted) / 1000;
  const slowest = Math.max(...shards.map((s) => s.seconds));
  const peak = Math.max(...shards.map((s) => s.peakMiB));
  console.log(
    [
      `shards:            ${shardCount} (${groups.map((g) => g.length).join(' + ')} locales)`,
      `slowest shard:     ${slowest.toFixed(1)} s`,
      `peak memory/shard: ${peak} MiB`,
      `merge:             ${mergeSeconds.toFixed(1)} s (copy + search index over all pages)`,
    ].join('\n'),
  );
  console.log(
    JSON.stringify({
      shards: shardCount,
      slowestShardSeconds: Number(slowest.toFixed(1)),
      peakShardMiB: peak,
      mergeSeconds: Number(mergeSeconds.toFixed(1)),
    }),
  );
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);
