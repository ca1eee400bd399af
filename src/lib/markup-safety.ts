/**
 * The MDX safety gate: parses (never compiles or runs) an entry's body and rejects what an
 * editor's file must not contain — imports and exports, JavaScript expressions, raw `<script>`,
 * `<iframe>`, `<style>` and `<object>`, event-handler and `style` attributes, `javascript:`,
 * `data:` and `vbscript:` URLs, and components that are not documented (docs/content.md).
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed']);
const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/** Problems in raw HTML (allowed in .md, checked all the same). */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<\s*([a-z][a-z0-9-]*)/gi)) {
    const tag = (match[1] ?? '').toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> is not allowed`);
  }
  for (const match of html.matchAll(/\s(on[a-z]+)\s*=/gi))
    problems.push(`event-handler attribute "${match[1]}" is not allowed`);
  if (/\sstyle\s*=/i.test(html))
    problems.push('"style" attributes are not allowed (the site’s stylesheet does the styling)');
  for (const match of html.matchAll(
    /\s(?:href|src|srcset|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript):/gi,
  )) {
    problems.push(`"${match[1]}:" URLs are not allowed`);
  }
  return problems;
}

/**
 * Every problem of an entry body, as `<file>:<line> — <what>` lines.
 * @example checkMarkupSafety('<img src=x onerror=alert(1)>', 'a.mdx', 'mdx', ['Callout'], 5)
 */
export function checkMarkupSafety(
  body: string,
  file: string,
  kind: 'md' | 'mdx',
  components: readonly string[],
  firstLine = 1,
): string[] {
  const problems: string[] = [];
  const at = (node: Node, message: string) =>
    problems.push(`${file}:${(node.position?.start.line ?? 1) + firstLine - 1} — ${message}`);
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
  visit(tree as never, (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          'import and export statements are not allowed; documented components need no import',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, `JavaScript expressions {…} are not allowed`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) at(node, `<${name}> is not allowed`);
        else if (/^[A-Z]/.test(name) && !components.includes(name)) {
          at(node, `<${name}> is not a documented component (available: ${components.join(', ')})`);
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            at(node, `spread attributes {…} are not allowed on <${name}>`);
            continue;
          }
          const attr = attribute.name ?? '';
          if (/^on/i.test(attr))
            at(node, `event-handler attribute "${attr}" is not allowed on <${name}>`);
          if (attr.toLowerCase() === 'style')
            at(node, `"style" attributes are not allowed on <${name}>`);
          if (typeof attribute.value === 'object' && attribute.value !== null) {
            at(node, `JavaScript expressions are not allowed in attribute "${attr}" of <${name}>`);
          } else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
            at(
              node,
              `"${attribute.value.split(':')[0]}:" URLs are not allowed (attribute "${attr}" of <${name}>)`,
            );
          }
        }
        break;
      }
      case 'html':
        for (const problem of htmlProblems(node.value ?? '')) at(node, problem);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && UNSAFE_URL.test(node.url)) {
          at(
            node,
            `"${(node.url.split(':')[0] ?? '').trim()}:" URLs are not allowed in links and images`,
          );
        }
        break;
    }
  });
  return problems;
}
