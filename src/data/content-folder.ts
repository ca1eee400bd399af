/**
 * The content folder on disk as the checkers and reports read it: every file, `/`-separated,
 * relative to the folder (PORTAL_CONTENT_DIR or `content/`).
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG } from '../site.ts';

/** What the checkers need from the file system, relative to the content folder. */
export interface ContentFiles {
  /** Every file below the content folder, as `collection/locale/name.md` style paths. */
  readonly list: readonly string[];
  read(path: string): string;
  exists(path: string): boolean;
}

/** The content folder of this run. */
export function contentDir(): string {
  return resolve(CONFIG.paths.content);
}

/**
 * Every file below `dir` with readers, in the shape `checkContent` and `readEntries` take.
 * @example readContentFolder('content').list.includes('news/en/first-project-tips.md') // true
 */
export function readContentFolder(dir = contentDir()): ContentFiles & { readonly dir: string } {
  return {
    dir,
    // Symbolic links are left out (never read): the file check refuses them by name.
    list: readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((p) => !lstatSync(join(dir, p)).isSymbolicLink())
      .map((p) => p.split('\\').join('/')),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    exists: (path) => existsSync(join(dir, path)),
  };
}
