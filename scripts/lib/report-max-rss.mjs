// Loaded with `node --import` by the benchmark: appends this process's peak resident memory
// (KiB) to BENCH_MAX_RSS_FILE when it exits, so the bench can report the build's peak.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
