/**
 * The help page: its questions in groups, as a locale shows them. Pure over resolved entries;
 * the page renders each question's answer and links it by its stable anchor (its file name).
 */
import { fromHtml } from 'hast-util-from-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { HELP_GROUPS, type HelpGroup } from './taxonomies.ts';
import type { Resolved, Versioned } from './translations.ts';

/**
 * Ids the help page uses for its own elements (besides the group headings): a question named
 * like one would share its anchor. `main` is the layout's skip-link target.
 */
export const HELP_PAGE_ANCHORS = ['main', 'help-contents', 'help-pages'] as const;

type HelpLike = Versioned & {
  readonly data: { readonly group?: HelpGroup | undefined; readonly order: number };
};

/** One group of the help page with its questions, in order. */
export interface HelpGroupView<T extends Versioned> {
  readonly id: HelpGroup;
  readonly questions: readonly Resolved<T>[];
}

const byOrder = <T extends HelpLike>(a: Resolved<T>, b: Resolved<T>) =>
  a.entry.data.order - b.entry.data.order || a.entry.slug.localeCompare(b.entry.slug);

/**
 * The questions of the help page by group, in the groups' order (empty groups left out), each
 * group's questions by `order`, then file name.
 * @example helpGroups(resolveAll(index, 'de')).map((g) => g.id) // ['registering', 'partners', …]
 */
export function helpGroups<T extends HelpLike>(
  entries: readonly Resolved<T>[],
): HelpGroupView<T>[] {
  return HELP_GROUPS.map((id) => ({
    id,
    questions: entries.filter((r) => r.entry.data.group === id).sort(byOrder),
  })).filter((group) => group.questions.length > 0);
}

/** The help pages of their own (entries without a group), by `order`, then file name. */
export function helpPages<T extends HelpLike>(entries: readonly Resolved<T>[]): Resolved<T>[] {
  return entries.filter((r) => r.entry.data.group === undefined).sort(byOrder);
}

interface BodyNode {
  type: string;
  tagName?: string;
  value?: string;
  depth?: number;
  position?: { start: { line: number } };
}

/**
 * Problems of a help entry's body, one line each (`file:line — message`): a question's answer
 * sits under the question's own heading (`<h3>`) on the help page, so it has no headings of its
 * own, in Markdown or in HTML. Help pages of their own (no `group`) may have headings.
 * @example helpBodyProblems({ group: 'safety' }, '## More', 'content/help/en/x.md', 7) // ['content/help/en/x.md:7 — …']
 */
export function helpBodyProblems(
  data: { readonly group?: string | undefined },
  body: string,
  file: string,
  firstLine = 1,
): string[] {
  if (data.group === undefined) return [];
  const problems: string[] = [];
  const report = (node: BodyNode, heading: string) =>
    problems.push(
      `${file}:${firstLine + (node.position?.start.line ?? 1) - 1} — a question's answer cannot have a heading (${heading}): the question is its heading on the help page. Make it a question of its own, or write a help page (no "group") for a longer text`,
    );
  const tree = unified().use(remarkParse).parse(body);
  visit(tree as never, (node: BodyNode) => {
    if (node.type === 'heading') report(node, `"${'#'.repeat(node.depth ?? 1)} …"`);
    if (node.type === 'html' && node.value) {
      visit(fromHtml(node.value, { fragment: true }) as never, 'element', (element: BodyNode) => {
        if (/^h[1-6]$/.test(element.tagName ?? '')) report(node, `<${element.tagName ?? ''}>`);
      });
    }
  });
  return problems;
}
