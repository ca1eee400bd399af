/**
 * Output check: every page is valid HTML according to html-validate (rules in
 * `.htmlvalidate.json` at the project root, documented in docs/quality.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { OutputProblem } from './site.ts';

/** The project's html-validate configuration. */
export function htmlValidateConfig(projectRoot: string): ConfigData {
  return JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
}

/**
 * html-validate errors of the given pages (paths below `root`).
 * @example await validateHtml('dist', ['en/index.html'], config) // []
 */
export async function validateHtml(
  root: string,
  files: readonly string[],
  config: ConfigData,
): Promise<OutputProblem[]> {
  const validator = new HtmlValidate({ ...config, root: true });
  const problems: OutputProblem[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(root, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          file,
          line: message.line,
          message: `${message.message}${message.selector ? ` at ${message.selector}` : ''} (html-validate rule "${message.ruleId}")`,
        });
      }
    }
  }
  return problems;
}
