/** The statistics dataset that `npm run stats` generated, read once per build. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StatsDataset } from '../lib/stats.ts';
import { CONFIG } from '../site.ts';

let dataset: StatsDataset | undefined;

/** The merged statistics; an empty dataset when no export exists yet. */
export function loadStats(): StatsDataset {
  if (dataset) return dataset;
  const file = resolve(CONFIG.paths.generated, 'stats', 'stats.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run "npm run stats" (npm run build does it for you)`);
  }
  dataset = JSON.parse(readFileSync(file, 'utf8')) as StatsDataset;
  return dataset;
}

/** The generated CSV, for the download endpoint. */
export function statsCsv(): string {
  return readFileSync(resolve(CONFIG.paths.generated, 'stats', 'stats.csv'), 'utf8');
}
