/**
 * The pull-request preview (.github/workflows/preview.yml, .github/scripts/preview-branch.sh and
 * the previews step of deploy.yml): the workflow files are parsed with `yaml` and their
 * `${{ … }}` values evaluated for a sample pull request, so that a base path, folder or link
 * that no longer agree fail here rather than on GitHub. The branch script runs against a local
 * repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePortalConfig } from '../../src/lib/config.ts';
import { LOCALE_DEFINITIONS, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { checkLinks } from '../../scripts/lib/output-checks/links.ts';
import { readSite } from '../../scripts/lib/output-checks/site.ts';
import { ROOT } from '../support/paths.ts';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly permissions?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly steps: Step[];
}
interface Workflow {
  readonly on: Record<string, { types?: string[] } | null>;
  readonly permissions?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const workflowText = (name: string) => readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
const preview = parse(workflowText('preview.yml')) as Workflow;
const deploy = parse(workflowText('deploy.yml')) as Workflow;

/** The context of a sample pull request #12 in example-owner/etwinning-portal. */
const CONTEXT = {
  github: {
    repository: 'example-owner/etwinning-portal',
    repository_owner: 'example-owner',
    event: {
      number: 12,
      repository: { name: 'etwinning-portal', default_branch: 'main' },
    },
  },
};

/** A workflow value with its `${{ a.b.c }}` parts replaced; anything but a plain path throws. */
function evaluate(value: string | undefined): string {
  if (value === undefined) throw new Error('no such value in the workflow');
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (!/^[a-z_]+(\.[a-z_]+)*$/.test(expression))
      throw new Error(`cannot evaluate "${expression}": keep the preview's values plain paths`);
    const found = expression
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], CONTEXT);
    if (typeof found !== 'string' && typeof found !== 'number')
      throw new Error(`"${expression}" is not in the sample context`);
    return String(found);
  });
}

const build = preview.jobs.build;
const publish = preview.jobs.publish;
const remove = preview.jobs.remove;
const FORK_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';

describe('the preview workflow', () => {
  it('runs on every change to a pull request, and on its closing', () => {
    expect(Object.keys(preview.on)).toEqual(['pull_request']);
    expect(preview.on.pull_request?.types).toEqual(
      expect.arrayContaining(['opened', 'synchronize', 'reopened', 'closed']),
    );
    expect(build && publish && remove).toBeTruthy();
  });

  it('builds under <the production base>pr-<n>/, a base the portal accepts as it is', () => {
    const base = evaluate(build?.env?.PORTAL_BASE);
    const productionBase = evaluate(deploy.jobs.build?.env?.PORTAL_BASE);
    const folder = evaluate(preview.env?.PREVIEW_DIR);
    expect(folder).toBe('pr-12');
    expect(base).toBe(`${productionBase}${folder}/`);
    const config = parsePortalConfig(
      { PORTAL_BASE: base, PORTAL_SITE: evaluate(build?.env?.PORTAL_SITE) },
      LOCALE_DEFINITIONS.map((l) => l.code),
      SOURCE_LOCALE,
    );
    expect(config.base).toBe('/etwinning-portal/pr-12/');
    expect(config.site).toBe(evaluate(deploy.jobs.build?.env?.PORTAL_SITE));
    // The link in the comment is where that base is served.
    expect(evaluate(preview.env?.PREVIEW_URL)).toBe(`${config.site}${config.base}`);
  });

  it('checks the built site with the same base, then uploads it', () => {
    const steps = build?.steps ?? [];
    for (const step of steps) {
      expect(step.env?.PORTAL_BASE, step.name).toBeUndefined();
      expect(step.env?.PORTAL_SITE, step.name).toBeUndefined();
    }
    const index = (command: RegExp) => steps.findIndex((s) => command.test(s.run ?? ''));
    expect(index(/^npm run build$/)).toBeGreaterThan(0);
    expect(index(/^npm run check:output\b/)).toBeGreaterThan(index(/^npm run build$/));
    expect(steps.find((s) => /check:output/.test(s.run ?? ''))?.run).not.toMatch(/--dir/);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
    const download = publish?.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with?.name).toBe(upload?.with?.name);
  });

  it('gives the write token only to the jobs that build nothing, and none to forks', () => {
    expect(preview.permissions).toEqual({ contents: 'read' });
    expect(build?.permissions).toBeUndefined();
    for (const job of [publish, remove]) {
      for (const step of job?.steps ?? []) expect(step.run ?? '').not.toMatch(/\b(npm|npx|node)\b/);
      expect(job?.permissions?.contents).toBe('write');
    }
    expect(build?.if).toContain(FORK_GUARD);
    expect(remove?.if).toContain(FORK_GUARD);
    expect(publish?.needs).toBe('build');
    expect(preview.on).not.toHaveProperty('pull_request_target');
  });

  it('stores and removes only folder pr-<n>/ and starts the deploy', () => {
    const runs = (job: Job | undefined) => (job?.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(runs(publish)).toMatch(/preview-branch\.sh" publish "\$PREVIEW_DIR"/);
    expect(runs(remove)).toMatch(/preview-branch\.sh" remove "\$PREVIEW_DIR"/);
    for (const job of [publish, remove]) {
      expect(runs(job)).toContain('gh workflow run deploy.yml');
      expect(job?.permissions?.actions).toBe('write');
    }
    expect(Object.keys(deploy.on)).toContain('workflow_dispatch');
  });

  it('is published by the deploy workflow beside main, before the Pages artifact', () => {
    const steps = deploy.jobs.build?.steps ?? [];
    const previews = steps.findIndex((s) => /refs\/heads\/previews/.test(s.run ?? ''));
    const checks = steps.findIndex((s) => /^npm run check:output/.test(s.run ?? ''));
    const artifact = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(previews).toBeGreaterThan(checks);
    expect(artifact).toBeGreaterThan(previews);
    expect(steps[previews]?.run).toMatch(/tar -x -C dist\//);
  });

  it('pins every action it uses to a commit, with the version beside it', () => {
    const uses = [...workflowText('preview.yml').matchAll(/uses:\s*(\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(3);
    for (const [, action, comment] of uses) {
      expect(action, action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment, action).toMatch(/# v\d+\.\d+\.\d+$/);
    }
  });
});

describe('links of a site built under the preview base', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the output check the workflow runs refuses a link that leaves it', () => {
    const base = evaluate(build?.env?.PORTAL_BASE);
    const site = evaluate(build?.env?.PORTAL_SITE);
    const root = mkdtempSync(join(tmpdir(), 'preview-links-'));
    dirs.push(root);
    const html = (body: string) =>
      `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>${body}</body></html>`;
    mkdirSync(join(root, 'en'));
    writeFileSync(join(root, 'en/index.html'), html(`<a href="${base}de/">de</a>`));
    mkdirSync(join(root, 'de'));
    // The production site's path: right on main, wrong in a preview.
    writeFileSync(join(root, 'de/index.html'), html('<a href="/etwinning-portal/en/">en</a>'));
    const problems = checkLinks(readSite(root, site, base));
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'de/index.html: link to /etwinning-portal/en/ is outside the base path /etwinning-portal/pr-12/: build links with withBase()/localizedPath()',
    ]);
  });
});

describe('preview-branch.sh', () => {
  const script = join(ROOT, '.github/scripts/preview-branch.sh');
  const work = mkdtempSync(join(tmpdir(), 'preview-branch-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  const run = (clone: string, ...args: string[]) =>
    spawnSync('bash', [script, ...args], { cwd: clone, encoding: 'utf8', env });

  const origin = join(work, 'origin.git');
  const clone = join(work, 'clone');
  beforeAll(() => {
    git(work, 'init', '--quiet', '--bare', origin);
    git(work, 'clone', '--quiet', origin, 'clone');
    git(
      clone,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.org',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'main',
    );
    git(clone, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  });

  it('replaces one folder, keeps the others, removes it on request', () => {
    const site = (name: string, file: string) => {
      mkdirSync(join(work, name, 'en'), { recursive: true });
      writeFileSync(join(work, name, file), name);
      return join(work, name);
    };
    const tree = () => git(origin, 'ls-tree', '-r', '--name-only', 'previews').split('\n');

    expect(run(clone, 'publish', 'pr-1', site('one', 'en/index.html')).stdout).toBe('changed\n');
    expect(run(clone, 'publish', 'pr-2', site('two', 'index.html')).stdout).toBe('changed\n');
    expect(run(clone, 'publish', 'pr-1', site('one-again', 'en/new.html')).stdout).toBe(
      'changed\n',
    );
    expect(tree()).toEqual(['README.md', 'pr-1/en/new.html', 'pr-2/index.html']);
    expect(run(clone, 'publish', 'pr-2', join(work, 'two')).stdout).toBe('unchanged\n');

    expect(run(clone, 'remove', 'pr-1').stdout).toBe('changed\n');
    expect(run(clone, 'remove', 'pr-9').stdout).toBe('unchanged\n');
    expect(tree()).toEqual(['README.md', 'pr-2/index.html']);
  });

  it('refuses a folder that is not pr-<number> and a site inside the clone', () => {
    const bad = run(clone, 'publish', '../main', join(work, 'two'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('the folder must be pr-<number>, got "../main"');
    const inside = run(clone, 'publish', 'pr-3', clone);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain('put the built site outside the clone');
  });
});
