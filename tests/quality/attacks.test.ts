/**
 * The attack corpus (tests/fixtures/attacks/cases.ts), each case planted in its own entry: the
 * content gate names its file and line, and a build that skips the gate still publishes
 * nothing outside the allowlist, which the build's own output check confirms.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attributeAllowed,
  attributeValueProblem,
  elementVerdict,
} from '../../src/lib/allowlist.ts';
import { runOutputChecks } from '../../scripts/lib/output-checks/index.ts';
import { ATTACKS } from '../fixtures/attacks/cases.ts';
import { FIXTURE_SITE, ROOT, TMP } from '../support/paths.ts';

const work = join(TMP, 'attacks');
const content = join(work, 'content');
const out = join(work, 'site');
/** The line of the attack in each planted file (after 11 lines of front matter and a marker). */
const ATTACK_LINE = 15;

const slug = (i: number) => `attack-${String(i + 1).padStart(2, '0')}`;
const fileOf = (i: number) => `content/news/en/${slug(i)}.${ATTACKS[i]?.kind ?? 'md'}`;

function entry(i: number): string {
  const attack = ATTACKS[i];
  return [
    '---',
    `title: Attack ${i + 1}`,
    `description: ${JSON.stringify(attack?.name ?? '')}`,
    'date: 2026-01-08',
    'countries: [DE]',
    'topic: projects',
    'cover:',
    '  src: ../../images/cover.jpg',
    "  alt: 'Illustration: a ring of green dots'",
    'sample: true',
    '---',
    '',
    'ATTACK-START',
    '',
    attack?.line ?? '',
    '',
    'ATTACK-END',
    '',
  ].join('\n');
}

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_CONTENT_DIR: content,
  PORTAL_OUT_DIR: out,
  PORTAL_LOCALES: 'en',
  PORTAL_SITE: FIXTURE_SITE,
  PORTAL_BUILD_DATE: '2026-11-29T12:00:00Z',
  PORTAL_CACHE_DIR: join(work, 'cache'),
  PORTAL_GENERATED_DIR: join(work, 'generated'),
};

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/basic/content'), content, { recursive: true });
  ATTACKS.forEach((_, i) =>
    writeFileSync(join(content, fileOf(i).slice('content/'.length)), entry(i)),
  );
});

describe('the attack corpus', () => {
  it('has at least 40 cases', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(40);
  });

  it('is refused by the content gate, each case with its file and line', () => {
    const gate = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(gate.status).toBe(1);
    const lines = gate.stderr.split('\n').filter((l) => l.includes(' — '));
    const missed = ATTACKS.flatMap((attack, i) => {
      const last = ATTACK_LINE + attack.line.split('\n').length - 1;
      const named = lines.some((line) => {
        const match = new RegExp(`^${fileOf(i).replace(/\./g, '\\.')}:(\\d+) — `).exec(line);
        return match && Number(match[1]) >= ATTACK_LINE && Number(match[1]) <= last;
      });
      return named ? [] : [`${fileOf(i)} (${attack.name})`];
    });
    expect(missed).toEqual([]);
    // Nothing else in the fixture is refused.
    expect(lines.filter((line) => !/^content\/news\/en\/attack-\d+\.mdx?:/.test(line))).toEqual([]);
  });

  it('never reaches a built page, even when the gate is skipped', async () => {
    for (const args of [
      [join(ROOT, 'scripts/stats.ts')],
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    ]) {
      const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    }
    // The build's own output check finds nothing.
    const results = await runOutputChecks(out, FIXTURE_SITE, '/', false, true);
    expect(results.flatMap((r) => r.problems)).toEqual([]);

    const leaks = ATTACKS.flatMap((attack, i) => {
      const html = readFileSync(join(out, `en/news/${slug(i)}/index.html`), 'utf8');
      const start = html.indexOf('ATTACK-START');
      const end = html.indexOf('ATTACK-END');
      expect(start, `${slug(i)}: the body is on the page`).toBeGreaterThan(0);
      const body = parse(html.slice(html.indexOf('>', start) + 1, html.lastIndexOf('<', end)));
      return body.querySelectorAll('*').flatMap((element) => {
        const tag = element.rawTagName.toLowerCase();
        const found: string[] = [];
        // A documented component's own markup (the Callout box) is ours, not the editor's.
        const own = /^callout/.test(element.getAttribute('class') ?? '');
        if (own) {
          // Its class, and the attribute Astro scopes the component's own styles with.
          for (const name of Object.keys(element.attributes))
            if (name !== 'class' && !name.startsWith('data-astro-cid-'))
              found.push(`<${tag} ${name}> on a component`);
          return found.map((what) => `${slug(i)} (${attack.name}): ${what}`);
        }
        if (elementVerdict(tag) !== 'keep') found.push(`<${tag}>`);
        for (const [name, value] of Object.entries(element.attributes)) {
          if (!attributeAllowed(tag, name) || attributeValueProblem(name, value))
            found.push(`<${tag} ${name}="${value}">`);
        }
        return found.map((what) => `${slug(i)} (${attack.name}): ${what}`);
      });
    });
    expect(leaks).toEqual([]);
  });
});
