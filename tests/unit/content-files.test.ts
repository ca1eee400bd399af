import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentFiles, encodingProblem } from '../../scripts/lib/content-files.ts';
import { checkContent } from '../../scripts/lib/content-check.ts';
import { readContentFolder } from '../../src/data/content-folder.ts';

const PAGE = '---\ntitle: Café\ndescription: About.\nupdated: 2026-11-29\n---\n\nText.\n';

describe('text encodings', () => {
  it('accepts UTF-8, with or without a byte-order mark', () => {
    expect(encodingProblem(Buffer.from(PAGE))).toBeUndefined();
    expect(encodingProblem(Buffer.from(`\uFEFF${PAGE}`))).toBeUndefined();
  });

  it('names Latin-1 and UTF-16 text, with the line of the first bad byte', () => {
    expect(encodingProblem(Buffer.from(PAGE, 'latin1'))).toBe(
      'is not UTF-8: byte 0xE9 on line 2 looks like Latin-1 or Windows-1252 (an accented letter saved by an old editor); save the file as UTF-8',
    );
    expect(encodingProblem(Buffer.from(`\uFEFF${PAGE}`, 'utf16le'))).toBe(
      'is UTF-16 text: save it as UTF-8',
    );
  });
});

describe('the file check of a content folder', () => {
  let dir: string;
  let outside: string;
  const problems = () => checkContentFiles(join(dir, 'content'));
  const jpeg = () =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: '#363' } })
      .jpeg()
      .toBuffer();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'content-files-'));
    outside = mkdtempSync(join(tmpdir(), 'outside-'));
    mkdirSync(join(dir, 'content/pages/en'), { recursive: true });
    mkdirSync(join(dir, 'content/images'), { recursive: true });
    writeFileSync(join(dir, 'content/pages/en/about.md'), PAGE);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('accepts real images and UTF-8 text', async () => {
    writeFileSync(join(dir, 'content/images/a.jpg'), await jpeg());
    writeFileSync(join(dir, 'content/pages/en/bom.md'), `\uFEFF${PAGE}`);
    expect(await problems()).toEqual([]);
  });

  it('refuses a symbolic link and never reads what it points to', async () => {
    writeFileSync(join(outside, 'secret.md'), PAGE.replace('Text.', 'machine secret'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'content/pages/en/secret.md'));
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /content\/pages\/en\/secret\.md — is a symbolic link \(to .*secret\.md\)/,
    );
    const folder = readContentFolder(join(dir, 'content'));
    expect(folder.list).not.toContain('pages/en/secret.md');
  });

  it('refuses a symbolic link in public/ too', async () => {
    mkdirSync(join(dir, 'public'));
    symlinkSync('/etc/hostname', join(dir, 'public/host.txt'));
    const found = await checkContentFiles(join(dir, 'content'), join(dir, 'public'));
    expect(found.join('\n')).toMatch(
      /public\/host\.txt — is a symbolic link \(to \/etc\/hostname\)/,
    );
  });

  it('checks images by their content, not their name', async () => {
    writeFileSync(join(dir, 'content/images/fake.jpg'), 'this is not a JPEG');
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    writeFileSync(join(dir, 'content/images/png.jpg'), png);
    const huge = await sharp({
      create: { width: 9000, height: 10, channels: 3, background: '#fff' },
    })
      .png()
      .toBuffer();
    writeFileSync(join(dir, 'content/images/wide.png'), huge);
    const found = await problems();
    expect(found.some((p) => /images\/fake\.jpg — is not a readable image/.test(p))).toBe(true);
    expect(found).toContain(
      `${join(dir, 'content')}/images/png.jpg — is a PNG image although its name ends in .jpg: save it as JPG or rename it`.replace(
        `${process.cwd()}/`,
        '',
      ),
    );
    expect(found.some((p) => /wide\.png — is 9000 × 10 pixels: at most 8000/.test(p))).toBe(true);
  });

  it('refuses SVG, unknown file types, Latin-1 text and oversized files', async () => {
    writeFileSync(
      join(dir, 'content/images/logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    writeFileSync(join(dir, 'content/pages/en/page.html'), '<p>x</p>');
    writeFileSync(join(dir, 'content/pages/en/latin.md'), Buffer.from(PAGE, 'latin1'));
    writeFileSync(join(dir, 'content/pages/en/long.md'), `${PAGE}${'x'.repeat(1_100_000)}`);
    const found = (await problems()).join('\n');
    expect(found).toMatch(
      /images\/logo\.svg — SVG images are not accepted \(an SVG can carry scripts\)/,
    );
    expect(found).toMatch(/pages\/en\/page\.html — files of type "\.html" are not accepted/);
    expect(found).toMatch(/pages\/en\/latin\.md — is not UTF-8: byte 0xE9 on line 2/);
    expect(found).toMatch(/pages\/en\/long\.md — is 1\.0 MiB: text files may be at most 1\.0 MiB/);
  });

  it('reads a file with a byte-order mark as an entry (not "no front matter")', () => {
    writeFileSync(join(dir, 'content/pages/en/about.md'), `\uFEFF${PAGE}`);
    writeFileSync(
      join(dir, 'content/countries.json'),
      JSON.stringify([{ id: 'AT', programme: 'etwinning' }]),
    );
    expect(readFileSync(join(dir, 'content/pages/en/about.md'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(checkContent(readContentFolder(join(dir, 'content')), ['en'])).toEqual([]);
  });
});
