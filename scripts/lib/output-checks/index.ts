/**
 * All output checks over a built site, in one call (used by `npm run check:output` and the
 * tests). The HTML check runs in worker threads, one per core, because it is the slow one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConfigData } from 'html-validate';
import { checkHreflang } from './hreflang.ts';
import { checkInlineCode } from './inline-code.ts';
import { checkLinks } from './links.ts';
import { checkRedirects } from './redirects.ts';
import { checkSitemap } from './sitemap.ts';
import { checkThirdParty } from './third-party.ts';
import { readSite, type OutputProblem } from './site.ts';

export interface OutputCheckResult {
  readonly check: string;
  readonly problems: readonly OutputProblem[];
  readonly ms: number;
}

async function htmlInWorkers(
  root: string,
  files: readonly string[],
  config: ConfigData,
): Promise<OutputProblem[]> {
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 200)));
  const shares = Array.from({ length: workers }, (_, i) =>
    files.filter((_, f) => f % workers === i),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<OutputProblem[]>((resolve, reject) => {
          const worker = new Worker(new URL('./html-worker.ts', import.meta.url), {
            workerData: { root, files: share, config },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
}

/**
 * Runs every output check; `html` is the html-validate configuration, or `false` to skip it.
 * `safetyOnly`: only what protects readers (other hosts, inline code, redirects), which every
 * build runs over its own output before publishing it.
 * @example await runOutputChecks('dist', 'https://portal.example.org', '/', config)
 */
export async function runOutputChecks(
  root: string,
  siteUrl: string,
  base: string,
  html: ConfigData | false,
  safetyOnly = false,
): Promise<OutputCheckResult[]> {
  const timed = async (check: string, run: () => OutputProblem[] | Promise<OutputProblem[]>) => {
    const start = performance.now();
    const problems = await run();
    return { check, problems, ms: Math.round(performance.now() - start) };
  };
  const read = performance.now();
  const site = readSite(root, siteUrl, base);
  const results: OutputCheckResult[] = [
    {
      check: `read ${site.pages.length} pages`,
      problems: [],
      ms: Math.round(performance.now() - read),
    },
  ];
  const safety = async () => [
    await timed('nothing is loaded from another host', () => checkThirdParty(site)),
    await timed('no inline script or style', () => checkInlineCode(site)),
    await timed('no redirect or <base>', () => checkRedirects(site)),
  ];
  if (safetyOnly) return [...results, ...(await safety())];
  const htmlRun = html
    ? timed('HTML is valid (html-validate)', () =>
        htmlInWorkers(
          root,
          site.pages.map((p) => p.file),
          html,
        ),
      )
    : undefined;
  results.push(
    await timed('internal links and #anchors resolve', () => checkLinks(site)),
    await timed('hreflang alternates are real and reciprocal', () => checkHreflang(site)),
    await timed('the sitemaps list exactly the real pages', () => checkSitemap(site, siteUrl)),
    ...(await safety()),
  );
  if (htmlRun) results.push(await htmlRun);
  return results;
}
