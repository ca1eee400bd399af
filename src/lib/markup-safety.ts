/**
 * The content gate's markup check: parses (never compiles or runs) an entry's body, raw HTML
 * included (a real HTML parser, never patterns over the text), and reports everything the
 * allowlist (src/lib/allowlist.ts) does not accept, each with its line and what to do instead:
 * imports and expressions in MDX, elements and attributes not listed, undocumented components,
 * links other than http, https, mailto or relative, and files loaded from anywhere but the site.
 */
import { fromHtml } from 'hast-util-from-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  attributeAllowed,
  attributeName,
  attributeValueProblem,
  elementVerdict,
  refusalAdvice,
  urlProblem,
} from './allowlist.ts';

interface Position {
  start: { line: number };
}

interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  url?: string;
  alt?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: Position;
}

type Report = (line: number, message: string) => void;

function propertyText(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Checks one HTML element's name and attributes (names in HTML form). */
function checkElement(
  tag: string,
  attributes: readonly (readonly [string, string | undefined])[],
  line: number,
  report: Report,
): void {
  if (elementVerdict(tag) !== 'keep') {
    report(line, `<${tag}> is not allowed: ${refusalAdvice(tag)}`);
    return;
  }
  if (tag === 'img') report(line, `<img> is not allowed: ${refusalAdvice('img')}`);
  for (const [name, value] of attributes) {
    if (name.startsWith('on'))
      report(line, `event-handler attribute "${name}" is not allowed on <${tag}>`);
    else if (name === 'style')
      report(
        line,
        `"style" attributes are not allowed on <${tag}> (the site’s stylesheet does the styling)`,
      );
    else if (!attributeAllowed(tag, name))
      report(
        line,
        `attribute "${name}" is not allowed on <${tag}> (docs/content.md lists the allowed ones)`,
      );
    else if (value !== undefined) {
      const problem = attributeValueProblem(name, value);
      if (problem) report(line, `${problem} (attribute "${name}" of <${tag}>)`);
    }
  }
}

/**
 * Raw HTML of a Markdown file, parsed as a whole document (so that `<body onload>` or `<head>`
 * are seen, not silently dropped as in a fragment); lines counted from `firstLine`. Elements
 * the parser adds itself have no position and are not the editor's.
 */
function checkRawHtml(html: string, firstLine: number, report: Report): void {
  const tree = fromHtml(html) as unknown as Node;
  visit(tree as never, 'element', (element: Node) => {
    if (!element.position) return;
    const line = firstLine + (element.position?.start.line ?? 1) - 1;
    const attributes = Object.entries(element.properties ?? {})
      .filter(([, value]) => value !== null && value !== undefined && value !== false)
      .map(([key, value]) => [attributeName(key), propertyText(value)] as const);
    checkElement(element.tagName ?? '', attributes, line, report);
  });
}

function checkJsx(node: Node, components: readonly string[], line: number, report: Report): void {
  const name = node.name ?? '';
  const component = /^[A-Z]/.test(name);
  if (component && !components.includes(name)) {
    report(line, `<${name}> is not a documented component (available: ${components.join(', ')})`);
    return;
  }
  const attributes: [string, string | undefined][] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(line, `spread attributes {…} are not allowed on <${name}>`);
      continue;
    }
    const attr = attributeName(attribute.name ?? '');
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      report(line, `JavaScript expressions are not allowed in attribute "${attr}" of <${name}>`);
      continue;
    }
    attributes.push([attr, typeof attribute.value === 'string' ? attribute.value : undefined]);
  }
  if (!component) {
    checkElement(name.toLowerCase(), attributes, line, report);
    return;
  }
  for (const [attr, value] of attributes) {
    if (attr.startsWith('on'))
      report(line, `event-handler attribute "${attr}" is not allowed on <${name}>`);
    else if (attr === 'style') report(line, `"style" attributes are not allowed on <${name}>`);
    else if (value !== undefined) {
      const problem = attributeValueProblem(attr, value);
      if (problem) report(line, `${problem} (attribute "${attr}" of <${name}>)`);
    }
  }
}

/**
 * Every problem of an entry body, as `<file>:<line> — <what>` lines.
 * @example checkMarkupSafety('<img src=x onerror=alert(1)>', 'a.md', 'md', ['Callout'], 5)
 */
export function checkMarkupSafety(
  body: string,
  file: string,
  kind: 'md' | 'mdx',
  components: readonly string[],
  firstLine = 1,
): string[] {
  const problems: string[] = [];
  const report: Report = (line, message) =>
    problems.push(`${file}:${line + firstLine - 1} — ${message}`);
  let tree: Node;
  try {
    const processor =
      kind === 'mdx' ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
    tree = processor.parse(body) as Node;
  } catch (error) {
    const line = (error as { line?: number }).line ?? 1;
    return [
      `${file}:${line + firstLine - 1} — the MDX cannot be read: ${(error as Error).message.split('\n')[0]}`,
    ];
  }
  const definitions = new Map<string, string>();
  visit(tree as never, 'definition', (node: Node & { identifier?: string }) => {
    definitions.set((node.identifier ?? '').toLowerCase(), node.url ?? '');
  });
  visit(tree as never, (node: Node & { identifier?: string }) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          line,
          'import and export statements are not allowed; documented components need no import',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(line, 'JavaScript expressions {…} are not allowed');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, components, line, report);
        break;
      case 'html':
        checkRawHtml(node.value ?? '', line, report);
        break;
      case 'link':
      case 'definition': {
        const problem = urlProblem(node.url ?? '', 'link');
        if (problem) report(line, `${problem} (link to "${node.url ?? ''}")`);
        break;
      }
      case 'imageReference':
      case 'image': {
        const url =
          node.type === 'image'
            ? (node.url ?? '')
            : (definitions.get((node.identifier ?? '').toLowerCase()) ?? '');
        const problem = urlProblem(url, 'resource');
        if (problem) report(line, `image "${url}" ${problem}`);
        if (!node.alt?.trim())
          report(line, `image "${url}" needs alt text: ![what it shows](${url})`);
        break;
      }
    }
  });
  return problems;
}
