/**
 * Runs one command of the benchmark and measures it: wall time, every output line stamped with
 * when it arrived (for scripts/lib/bench-log.ts), and the peak resident memory that
 * `/usr/bin/time -v` reports for it and the children it waited for; without that tool, the
 * peak (VmHWM) that /proc reports for the command's own process, read while it runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { LogLine } from './bench-log.ts';

const TIME = '/usr/bin/time';

/** What a run cost and what it printed. */
export interface Run {
  readonly status: number | null;
  readonly seconds: number;
  /** Stdout and stderr, one entry per line, stamped in seconds since the start. */
  readonly lines: readonly LogLine[];
  /** Peak resident memory, when `measureMemory` was asked for. */
  readonly peakMiB?: number;
}

interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** A file for `/usr/bin/time -v`'s report; without it, memory is not measured. */
  readonly measureMemory?: string;
}

/**
 * Runs `command` with `args` and resolves when it exits (never rejects on a failing status).
 * @example await runMeasured('hugo', ['--quiet'], { cwd: site, measureMemory: '/tmp/time.txt' })
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  { cwd, env = process.env, measureMemory }: RunOptions,
): Promise<Run> {
  const timed = measureMemory !== undefined && existsSync(TIME);
  const [file, argv] = timed
    ? [TIME, ['-v', '-o', measureMemory, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const stamp = (text: string) => lines.push({ at: (performance.now() - started) / 1000, text });
  createInterface({ input: child.stdout }).on('line', stamp);
  createInterface({ input: child.stderr }).on('line', stamp);
  let hwmKiB = 0;
  const poll =
    measureMemory !== undefined && !timed
      ? setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            hwmKiB = Math.max(hwmKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
          } catch {
            // The process has just exited.
          }
        }, 50)
      : undefined;
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (!timed)
    return hwmKiB > 0
      ? { status, seconds, lines, peakMiB: Math.round(hwmKiB / 1024) }
      : { status, seconds, lines };
  const report = existsSync(measureMemory) ? readFileSync(measureMemory, 'utf8') : '';
  rmSync(measureMemory, { force: true });
  const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0);
  return kib > 0
    ? { status, seconds, lines, peakMiB: Math.round(kib / 1024) }
    : { status, seconds, lines };
}
