#!/usr/bin/env node
/**
 * `node scripts/with-node.mjs [--system-packages] <command> [args…]`: runs a command of this
 * project with a Node.js it can run on, whatever Node the machine came with. Every npm script and
 * `.ci/run` go through it, so the README's two commands work on a fresh machine.
 *
 * - Node >= 22.12 on PATH: used as it is.
 * - Older (Debian's Node 20, say): Node 24 from the npm registry's `node` package is installed
 *   once into the user's cache and put first on PATH for the command and everything it starts.
 * - `--system-packages`: the browser and server tests also need Debian's `chromium` and `nginx`;
 *   missing ones are installed with apt-get where that is possible (as root), otherwise this stops
 *   before any test with the exact command to run.
 *
 * Plain JavaScript on purpose: it must run on the old Node it replaces.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The oldest Node that runs the project (TypeScript scripts run by Node itself, Astro 7). */
export const REQUIRED_NODE = [22, 12];
/** The Node major version brought in when the machine's is older. */
export const BOOTSTRAP_MAJOR = 24;

/**
 * Whether a Node version string (`v20.20.2` or `20.20.2`) is at least `required`.
 * @param {string} version
 * @param {readonly number[]} [required]
 */
export function isRecentEnough(version, required = REQUIRED_NODE) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = required;
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

/**
 * Where the bootstrapped Node lives: one copy per user, shared by every clone.
 * @param {NodeJS.ProcessEnv} env
 */
export function bootstrapPrefix(env = process.env) {
  const cache = env.XDG_CACHE_HOME || join(env.HOME || homedir() || '/tmp', '.cache');
  return join(cache, 'etwinning-portal', `node${BOOTSTRAP_MAJOR}`);
}

/** @param {string} prefix */
function bootstrappedBin(prefix) {
  return join(prefix, 'node_modules', 'node', 'bin');
}

/**
 * The directory to put first on PATH so that `node` is recent enough (undefined: PATH is fine),
 * installing Node 24 from the npm registry when needed.
 * @param {NodeJS.ProcessEnv} env
 */
function ensureNode(env) {
  const current = process.version;
  if (isRecentEnough(current)) return undefined;
  const prefix = bootstrapPrefix(env);
  const bin = bootstrappedBin(prefix);
  if (!existsSync(join(bin, 'node'))) {
    console.error(
      `This project needs Node.js ${REQUIRED_NODE.join('.')} or newer; this machine has ${current}. ` +
        `Installing Node ${BOOTSTRAP_MAJOR} from the npm registry into ${prefix} (once)…`,
    );
    const install = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `node@${BOOTSTRAP_MAJOR}`,
      ],
      // Progress goes to stderr: stdout may be read by .ci/run.
      { env, stdio: ['ignore', 2, 2] },
    );
    if (install.status !== 0 || !existsSync(join(bin, 'node'))) {
      fail(
        `could not install Node ${BOOTSTRAP_MAJOR} from the npm registry. Install Node.js ${REQUIRED_NODE.join('.')} or newer ` +
          `yourself (for example: npm install --prefix ${prefix} node@${BOOTSTRAP_MAJOR}), then run the command again.`,
      );
    }
  }
  console.error(
    `Node ${current} is older than ${REQUIRED_NODE.join('.')}: running with Node ${BOOTSTRAP_MAJOR} from ${prefix}`,
  );
  return bin;
}

/** Debian packages the browser and server tests need, with how to tell they are there. */
export const SYSTEM_PACKAGES = [
  { name: 'chromium', paths: ['/usr/bin/chromium'] },
  { name: 'nginx', paths: ['/usr/sbin/nginx', '/usr/bin/nginx'] },
];

/**
 * The packages of SYSTEM_PACKAGES that are missing.
 * @param {(path: string) => boolean} exists
 */
export function missingPackages(exists = existsSync) {
  return SYSTEM_PACKAGES.filter((p) => !p.paths.some((path) => exists(path))).map((p) => p.name);
}

/**
 * What to do about missing packages: install them (root with apt-get) or tell the person how.
 * @param {readonly string[]} missing
 * @param {{ root: boolean, hasApt: boolean }} machine
 * @returns {{ action: 'none' } | { action: 'install', command: string[][] } | { action: 'stop', message: string }}
 */
export function packagePlan(missing, machine) {
  if (missing.length === 0) return { action: 'none' };
  const list = missing.join(' ');
  if (machine.root && machine.hasApt)
    return {
      action: 'install',
      command: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing],
      ],
    };
  const how = machine.hasApt
    ? `sudo apt-get install ${list}`
    : `install ${list} with your system's package manager (Debian: apt-get install ${list})`;
  return {
    action: 'stop',
    message: `the browser and server tests need ${list}, which this machine lacks. Run: ${how} — then run npm test again.`,
  };
}

function ensureSystemPackages() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  const plan = packagePlan(missingPackages(), { root, hasApt });
  if (plan.action === 'stop') fail(plan.message);
  if (plan.action === 'install') {
    console.error(`Installing Debian packages for the tests: ${missingPackages().join(', ')}`);
    for (const [command = '', ...args] of plan.command) {
      const run = spawnSync(command, args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (run.status !== 0) fail(`"${[command, ...args].join(' ')}" failed (exit ${run.status}).`);
    }
    const still = missingPackages();
    if (still.length > 0) fail(`${still.join(', ')} still missing after apt-get install.`);
  }
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`with-node: ${message}`);
  process.exit(1);
}

function main() {
  const args = process.argv.slice(2);
  const systemPackages = args[0] === '--system-packages';
  const [command, ...rest] = systemPackages ? args.slice(1) : args;
  const bin = ensureNode(process.env);
  if (systemPackages) ensureSystemPackages();
  if (!command) {
    // No command: print the directory to put first on PATH (empty when PATH is fine).
    console.log(bin ?? '');
    return;
  }
  const env = bin
    ? { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }
    : process.env;
  const run = spawnSync(command, rest, { env, stdio: 'inherit' });
  if (run.error) fail(`could not start "${command}": ${run.error.message}`);
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status ?? 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
