/**
 * The steps of one `npm run build`, timed from its output: each line is stamped when it
 * arrives, and the lines that the build steps, Astro and the portal's integrations print mark
 * where each step starts and ends. Nothing in the build is changed to measure it.
 */

/** One line of the build's output and when it arrived, in seconds since the build started. */
export interface LogLine {
  readonly at: number;
  readonly text: string;
}

/** One step and how long it took; `part` marks a step inside `astro build`. */
export interface BuildStep {
  readonly step: string;
  readonly seconds: number;
  readonly part?: true;
}

// Terminal colours, if a tool prints them although its output is not a terminal.
// eslint-disable-next-line no-control-regex
const COLOURS = /\u001b\[[0-9;]*m/g;

/**
 * The build's steps, in order, from its stamped output: content gate, statistics, `astro
 * build` (start-up, content sync, Vite, render, images, sitemap, search index), output safety
 * check. A step whose marks are missing (no images to optimise, say) is left out.
 * @example buildSteps(lines).find((s) => s.step === 'render')?.seconds
 */
export function buildSteps(lines: readonly LogLine[]): BuildStep[] {
  const texts = lines.map((line) => line.text.replace(COLOURS, '').trim());
  const find = (pattern: RegExp, from = 0) => {
    const i = texts.findIndex((text, j) => j >= from && pattern.test(text));
    return i < 0 ? undefined : i;
  };
  const findLast = (pattern: RegExp) => {
    const i = texts.findLastIndex((text) => pattern.test(text));
    return i < 0 ? undefined : i;
  };
  /** The mark `pattern` and the first `✓ Completed` line after it. */
  const completed = (pattern: RegExp) => {
    const start = find(pattern);
    return [start, start === undefined ? undefined : find(/✓ Completed in/, start + 1)] as const;
  };
  const at = (i: number | undefined) => (i === undefined ? undefined : lines[i]?.at);

  const content = find(/^content: \d+ files checked/);
  const stats = find(/^stats: /);
  const syncing = find(/Syncing content/);
  const synced = find(/Synced content/);
  // Vite's bundles are done when Astro starts rendering (it prints no end of its own).
  const vite = find(/Building \w+ entrypoints/);
  const [render, renderDone] = completed(/generating static routes/);
  const [images, imagesDone] = completed(/generating optimized images/);
  const sitemap = find(/\[portal-sitemap\]/);
  const search = findLast(/\[portal-search-index\]/);
  const astroDone = find(/\[build\] Complete!/);
  const published = find(/^build: published/);

  const steps: BuildStep[] = [];
  const add = (step: string, from: number | undefined, to: number | undefined, part = false) => {
    const start = at(from);
    const end = at(to);
    if (start === undefined || end === undefined) return;
    const seconds = Number((end - start).toFixed(1));
    steps.push(part ? { step, seconds, part } : { step, seconds });
  };
  const gate = at(content);
  if (gate !== undefined) steps.push({ step: 'content gate', seconds: Number(gate.toFixed(1)) });
  add('statistics', content, stats);
  add('astro build', stats, astroDone);
  add('start-up', stats, syncing, true);
  add('content sync', syncing, synced, true);
  add('vite', vite, render, true);
  add('render', render, renderDone, true);
  add('images', images, imagesDone, true);
  add('sitemap', imagesDone ?? renderDone, sitemap, true);
  add('search index', sitemap, search, true);
  add('output safety check', astroDone, published);
  return steps;
}
