/**
 * Command-line parsing for the editors' scripts: `--help` prints the usage, and any mistake
 * prints `npm run <name>: <what is wrong>` followed by the usage, then exits with status 1.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface Cli<T extends ParseArgsOptionsConfig> {
  readonly values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>>['values'];
  readonly positionals: readonly string[];
  fail(message: string): never;
}

export function parseCli<T extends ParseArgsOptionsConfig>(
  name: string,
  usage: string,
  options: T,
): Cli<T> {
  const fail = (message: string): never => {
    console.error(`npm run ${name}: ${message}\n\n${usage}`);
    process.exit(1);
  };
  if (process.argv.includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    const { values, positionals } = parseArgs({ options, allowPositionals: true });
    return { values, positionals, fail };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
