/**
 * The content gate's file checks: every file in content/ is what it says it is, before any of
 * it is read as an entry. Symbolic links (in content/ and public/) are refused, text must be
 * UTF-8, images are checked by their decoded content (format, dimensions, sharp's pixel limit),
 * SVG is refused, and sizes are limited. Each problem names the file and what to do.
 */
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import sharp from 'sharp';

/** Types of files editors may put in content/, by extension. */
export const TEXT_TYPES: readonly string[] = ['.md', '.mdx', '.json'];
/** Image types, with the format sharp reports for each. */
export const IMAGE_TYPES: Readonly<Record<string, readonly string[]>> = {
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.png': ['png'],
  '.webp': ['webp'],
  '.avif': ['heif'],
  '.gif': ['gif'],
};
export const LIMITS = {
  /** Largest text file (an entry or a data file). */
  textBytes: 1024 * 1024,
  /** Largest image file. */
  imageBytes: 10 * 1024 * 1024,
  /** Largest width or height of an image. */
  imageSide: 8000,
  /** Most pixels in an image (sharp refuses to decode more). */
  imagePixels: 40_000_000,
} as const;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Every path below `dir` (relative, `/`-separated), with symbolic links reported, not followed. */
function walk(dir: string, shown: string, problems: string[], files: string[], at = ''): void {
  for (const entry of readdirSync(join(dir, at), { withFileTypes: true })) {
    const path = at ? `${at}/${entry.name}` : entry.name;
    const display = `${shown}/${path}`;
    if (entry.isSymbolicLink()) {
      problems.push(
        `${display} — is a symbolic link (to ${readlinkSync(join(dir, path))}): a link could publish files from outside the repository; put the file itself here`,
      );
    } else if (entry.isDirectory()) walk(dir, shown, problems, files, path);
    else if (entry.isFile()) files.push(path);
    else problems.push(`${display} — is not a regular file; remove it`);
  }
}

/**
 * Why bytes are not UTF-8 text, or undefined when they are (a byte-order mark is accepted).
 * @example encodingProblem(Buffer.from([0x63, 0x61, 0x66, 0xe9])) // 'is not UTF-8: byte 0xE9 on line 1 …'
 */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return 'is UTF-16 text: save it as UTF-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Find the first byte that breaks UTF-8, to name it and its line.
    let line = 1;
    for (let i = 0; i < bytes.length;) {
      const byte = bytes[i] ?? 0;
      const length =
        byte < 0x80 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0;
      const valid =
        length > 0 &&
        Array.from({ length: length - 1 }, (_, k) => bytes[i + k + 1] ?? 0).every(
          (b) => b >> 6 === 2,
        );
      if (!valid) {
        const hex = byte.toString(16).toUpperCase().padStart(2, '0');
        return `is not UTF-8: byte 0x${hex} on line ${line} looks like Latin-1 or Windows-1252 (an accented letter saved by an old editor); save the file as UTF-8`;
      }
      if (byte === 0x0a) line++;
      i += length;
    }
    return 'is not UTF-8: save the file as UTF-8';
  }
}

async function imageProblems(path: string, display: string, type: string): Promise<string[]> {
  const expected = IMAGE_TYPES[type] ?? [];
  try {
    const meta = await sharp(path, { limitInputPixels: LIMITS.imagePixels }).metadata();
    const problems: string[] = [];
    if (!expected.includes(meta.format ?? ''))
      problems.push(
        `${display} — is ${meta.format ? `a ${meta.format.toUpperCase()} image` : 'not an image'} although its name ends in ${type}: save it as ${type.slice(1).toUpperCase()} or rename it`,
      );
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (width > LIMITS.imageSide || height > LIMITS.imageSide)
      problems.push(
        `${display} — is ${width} × ${height} pixels: at most ${LIMITS.imageSide} on each side (resize it; the site makes the smaller sizes itself)`,
      );
    else if (width * height > LIMITS.imagePixels)
      problems.push(`${display} — has ${width * height} pixels: at most ${LIMITS.imagePixels}`);
    return problems;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [
      `${display} — is not a readable image (${reason}): export it again as JPEG, PNG or WebP`,
    ];
  }
}

/**
 * Every problem with the files of a content folder (and symbolic links in `publicDir`).
 * @example await checkContentFiles('content', 'public') // []
 */
export async function checkContentFiles(contentDir: string, publicDir?: string): Promise<string[]> {
  const problems: string[] = [];
  const files: string[] = [];
  const shown = relative(process.cwd(), contentDir).split('\\').join('/') || '.';
  walk(contentDir, shown.startsWith('..') ? contentDir : shown, problems, files);
  if (publicDir) {
    const shownPublic = relative(process.cwd(), publicDir).split('\\').join('/') || '.';
    walk(publicDir, shownPublic.startsWith('..') ? publicDir : shownPublic, problems, []);
  }
  const display = (path: string) => `${shown.startsWith('..') ? contentDir : shown}/${path}`;
  const images: Promise<string[]>[] = [];
  for (const path of files.sort()) {
    const type = extname(path).toLowerCase();
    const full = join(contentDir, path);
    const size = lstatSync(full).size;
    if (TEXT_TYPES.includes(type)) {
      if (size > LIMITS.textBytes)
        problems.push(
          `${display(path)} — is ${mib(size)}: text files may be at most ${mib(LIMITS.textBytes)}`,
        );
      else {
        const problem = encodingProblem(readFileSync(full));
        if (problem) problems.push(`${display(path)} — ${problem}`);
      }
    } else if (type in IMAGE_TYPES) {
      if (size > LIMITS.imageBytes)
        problems.push(
          `${display(path)} — is ${mib(size)}: images may be at most ${mib(LIMITS.imageBytes)} (export it smaller)`,
        );
      else images.push(imageProblems(full, display(path), type));
    } else if (type === '.svg') {
      problems.push(
        `${display(path)} — SVG images are not accepted (an SVG can carry scripts): export it as PNG or WebP`,
      );
    } else if (!path.split('/').some((part) => part.startsWith('.'))) {
      problems.push(
        `${display(path)} — files of type "${type || path}" are not accepted in content/ (allowed: ${[...TEXT_TYPES, ...Object.keys(IMAGE_TYPES)].join(', ')})`,
      );
    }
  }
  for (const found of await Promise.all(images)) problems.push(...found);
  return problems;
}
