/**
 * The version a translation without a recorded one was made from, read from the Git history of
 * the content folder: the original's version (`contentVersion`) as it was in the commit that
 * last changed the translation. Three `git` processes for the whole folder, whatever its size:
 * `rev-parse` + `status`, one `log --name-only` pass, one `cat-file --batch` for the originals.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  contentVersion,
  type DerivedVersion,
  type VersionRequest,
} from '../lib/translation-status.ts';

/** Where the content folder sits in its repository, and what the checkout lacks. */
interface Checkout {
  /** The content folder's path in the repository, with a trailing `/` (or empty). */
  readonly prefix: string;
  /** Commits whose parents this clone has not fetched (a shallow clone's boundary). */
  readonly boundary: ReadonlySet<string>;
  /** Repository paths with uncommitted changes, and which of them Git does not know yet. */
  readonly changed: ReadonlySet<string>;
  readonly unknown: ReadonlySet<string>;
}

/** What the history says about one file: the last commit that changed it, and the first. */
interface FileHistory {
  readonly last: string;
  /** Position of the oldest commit that changed it (higher is older). */
  readonly firstIndex: number;
}

function git(dir: string, args: readonly string[], input?: Buffer): Buffer {
  return execFileSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
    input,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Why Git could not answer: its own first line (a folder outside a repository, no commits, …). */
function gitFailure(error: unknown): { readonly reason: string } {
  const said = String((error as { stderr?: unknown }).stderr ?? '').split('\n')[0];
  return {
    reason: `no recorded version, and Git cannot read the history here: ${said || 'git did not run'}`,
  };
}

/** The checkout around `dir`, or why there is none. */
function readCheckout(dir: string): Checkout | { readonly reason: string } {
  let lines: string[];
  try {
    lines = git(dir, [
      'rev-parse',
      '--show-prefix',
      '--is-shallow-repository',
      '--git-path',
      'shallow',
    ])
      .toString('utf8')
      .split('\n');
  } catch (error) {
    return gitFailure(error);
  }
  const [prefix = '', shallow = 'false', shallowFile = ''] = lines;
  const boundaryFile = resolve(dir, shallowFile);
  const boundary = new Set(
    shallow === 'true' && existsSync(boundaryFile)
      ? readFileSync(boundaryFile, 'utf8').split('\n').filter(Boolean)
      : [],
  );
  const changed = new Set<string>();
  const unknown = new Set<string>();
  const status = git(dir, [
    'status',
    '--porcelain',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--',
    '.',
  ]);
  for (const record of status.toString('utf8').split('\0')) {
    if (record.length < 4) continue;
    const path = record.slice(3);
    changed.add(path);
    if (record.startsWith('??')) unknown.add(path);
  }
  return { prefix, boundary, changed, unknown };
}

/** The last and first commit that changed each file below `dir` (repository paths). */
function readLog(dir: string): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  const output = git(dir, ['log', '--format=%x01%H', '--name-only', '--no-renames', '--', '.']);
  let commit = '';
  let index = -1;
  for (const line of output.toString('utf8').split('\n')) {
    if (line.startsWith('\x01')) {
      commit = line.slice(1);
      index++;
    } else if (line) {
      const seen = files.get(line);
      files.set(line, { last: seen?.last ?? commit, firstIndex: index });
    }
  }
  return files;
}

/** The texts of `objects` (`<commit>:<path>`), `undefined` where the commit has no such file. */
function readBlobs(dir: string, objects: readonly string[]): (string | undefined)[] {
  if (objects.length === 0) return [];
  const output = git(dir, ['cat-file', '--batch'], Buffer.from(`${objects.join('\n')}\n`));
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (header[1] !== 'blob') {
      texts.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    texts.push(output.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}

/**
 * The answer to every request (by the translation's `file`): the version of its original in the
 * commit that last changed it, or one line saying why the history cannot tell.
 * @example historyVersions('content', versionRequests(entries, 'en')).get('content/news/de/x.md')
 * // { version: '3b4a0a9b17c2', commit: '9f1c…' }
 */
export function historyVersions(
  dir: string,
  requests: readonly VersionRequest[],
): Map<string, DerivedVersion> {
  if (requests.length === 0) return new Map();
  try {
    return answer(dir, requests);
  } catch (error) {
    const failure = gitFailure(error);
    return new Map(requests.map((request) => [request.entry.file, failure]));
  }
}

/** `historyVersions`, where any failing Git command throws. */
function answer(dir: string, requests: readonly VersionRequest[]): Map<string, DerivedVersion> {
  const answers = new Map<string, DerivedVersion>();
  const checkout = readCheckout(dir);
  if ('reason' in checkout) {
    for (const request of requests) answers.set(request.entry.file, checkout);
    return answers;
  }
  const log = readLog(dir);
  const pending: { readonly request: VersionRequest; readonly commit: string }[] = [];
  for (const request of requests) {
    const reason = whyUnknown(request, checkout, log);
    if (typeof reason === 'string') answers.set(request.entry.file, { reason });
    else pending.push({ request, commit: reason.commit });
  }
  const texts = readBlobs(
    dir,
    pending.map(({ request, commit }) => `${commit}:${checkout.prefix}${request.original.path}`),
  );
  pending.forEach(({ request, commit }, i) => {
    const text = texts[i];
    answers.set(
      request.entry.file,
      text === undefined
        ? {
            reason: `its original ${request.original.file} did not exist in commit ${commit.slice(0, 10)}, which last changed it`,
          }
        : { version: contentVersion(text), commit },
    );
  });
  return answers;
}

/** Why the history cannot give the request's version, or the commit to read the original at. */
function whyUnknown(
  { entry, original, implicit }: VersionRequest,
  checkout: Checkout,
  log: ReadonlyMap<string, FileHistory>,
): string | { readonly commit: string } {
  const path = `${checkout.prefix}${entry.path}`;
  if (checkout.unknown.has(path))
    return 'not committed yet: its original version is read from the history once it is';
  if (checkout.changed.has(path))
    return 'uncommitted changes: its original version is read from the history once they are committed';
  const own = log.get(path);
  if (!own) return 'not in the Git history: not committed, or ignored by Git';
  if (checkout.boundary.has(own.last))
    return 'its last change is older than this shallow clone (git fetch --unshallow, or fetch-depth: 0 in CI)';
  const source = log.get(`${checkout.prefix}${original.path}`);
  if (implicit && source && source.firstIndex < own.firstIndex)
    return `no translatedFrom, and it was added before ${original.file}: not taken as its translation`;
  return { commit: own.last };
}
