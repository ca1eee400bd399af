/** The content gate in front of every build: clear messages, and nothing already built is lost. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/paths.ts';

const BAD = join(ROOT, 'tests/fixtures/bad-content');

describe('npm run build with bad content', () => {
  it('prints one line per problem and keeps the previous output', () => {
    const out = join(TMP, 'bad-content-out');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    const result = spawnSync('npm', ['run', '-s', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PORTAL_CONTENT_DIR: BAD,
        PORTAL_OUT_DIR: out,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      'content/news/en/broken.md:5 — field "countries[1]": "XX" is not a participating country',
    );
    expect(result.stderr).toContain('content/news/en/broken.md:8 — field "cover.alt": is required');
    expect(result.stderr).toContain(
      'content/prizes.json — [0].categories[0].winners[0]: "no-such-project" is not a project',
    );
    expect(result.stderr).toContain(
      'content/labels.json — [0].labels[0].countries: name the countries of at least two partner schools',
    );
    expect(result.stderr).toContain(
      'content/schools.json — [0].schools[0].country: "XX" is not a participating country',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('passes on the shipped content', () => {
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
  });
});
