/** `npm run stats` end to end: generated files, exact messages, and nothing lost on failure. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/paths.ts';

const work = join(TMP, 'stats-cli');
const content = join(work, 'content');
const generated = join(work, 'generated');

function runStats() {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/stats.ts')], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_GENERATED_DIR: generated },
  });
}

describe('npm run stats', () => {
  it('generates JSON and CSV, and on bad input changes nothing and names every problem', () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/basic/content'), content, { recursive: true });

    const first = runStats();
    expect(first.status, first.stderr).toBe(0);
    const json = readFileSync(join(generated, 'stats/stats.json'), 'utf8');
    const csv = readFileSync(join(generated, 'stats/stats.csv'), 'utf8');
    expect(JSON.parse(json).periods.map((p: { label: string }) => p.label)).toEqual([
      '2020',
      '2021',
    ]);
    expect(csv).toContain('2021,2021-01-01,2021-12-31,TR,226597,50736,40382,,,false');

    const exports = join(content, 'stats/exports');
    const broken = readFileSync(join(exports, '2020.json'), 'utf8').replace(
      '"teachers": 1000, "schools": 200',
      '"teachers": "12k", "schools": 200',
    );
    writeFileSync(join(exports, '2020.json'), broken);
    writeFileSync(join(exports, 'notes.json'), '{"hello": "world"}');
    writeFileSync(
      join(exports, '2021-copy.json'),
      readFileSync(
        join(ROOT, 'tests/fixtures/basic/content/stats/exports/2021.json'),
        'utf8',
      ).replace('226597', '226000'),
    );
    const second = runStats();
    expect(second.status).toBe(1);
    const lines = second.stderr.trim().split('\n');
    expect(lines).toContain(
      'content/stats/exports/2020.json: countries[0].teachers: expected a whole number ≥ 0, got "12k"',
    );
    expect(lines).toContain(
      'content/stats/exports/notes.json: not a statistics export (expected an object with "exportDate", "period", "source" and "countries")',
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          'content/stats/exports/2021.json: countries[1]: the figures for "TR" differ from content/stats/exports/2021-copy.json',
        ),
      ),
    ).toBe(true);
    expect(readFileSync(join(generated, 'stats/stats.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(generated, 'stats/stats.csv'), 'utf8')).toBe(csv);
  });
});
