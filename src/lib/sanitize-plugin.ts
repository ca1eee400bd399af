/**
 * The renderer's half of the allowlist: a Sätteri HTML-tree plugin for Markdown and MDX that
 * drops whatever src/lib/allowlist.ts does not list, so that a build run without the content
 * gate still publishes nothing else. Raw HTML reaches it parsed into elements
 * (`features.rawHtml`), never as text.
 */
import type { HastNode } from 'satteri';
import {
  attributeAllowed,
  attributeName,
  attributeValueProblem,
  elementVerdict,
} from './allowlist.ts';

interface Context {
  readonly source: string;
  removeNode(node: HastNode): void;
  replaceNode(node: HastNode, replacement: HastNode | HastNode[]): void;
  setProperty(node: HastNode, key: string, value: unknown): void;
}

interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

type Loose = HastNode & {
  readonly tagName?: string;
  readonly name?: string | null;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly attributes?: readonly JsxAttribute[];
  readonly children?: readonly HastNode[];
};

function propertyValue(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function cleanElement(node: Loose, ctx: Context): void {
  const tag = node.tagName ?? '';
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    const name = attributeName(key);
    if (!attributeAllowed(tag, name) || attributeValueProblem(name, propertyValue(value)))
      ctx.setProperty(node, key, null);
  }
}

/** The attributes of a JSX element that may stay; `component`: a documented component's. */
function keptJsxAttributes(
  element: string,
  attributes: readonly JsxAttribute[],
  component: boolean,
): JsxAttribute[] {
  return attributes.filter((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') return false;
    if (
      attribute.value !== null &&
      attribute.value !== undefined &&
      typeof attribute.value !== 'string'
    )
      return false;
    const name = attributeName(attribute.name);
    if (typeof attribute.value === 'string' && attributeValueProblem(name, attribute.value))
      return false;
    if (component) return !name.startsWith('on') && name !== 'style';
    return attributeAllowed(element, name);
  });
}

function cleanJsx(node: Loose, ctx: Context, components: readonly string[]): void {
  const name = node.name ?? '';
  const component = /^[A-Z]/.test(name);
  const children = [...(node.children ?? [])];
  if (component ? !components.includes(name) : elementVerdict(name) !== 'keep') {
    if (!component && elementVerdict(name) === 'drop') ctx.removeNode(node);
    else ctx.replaceNode(node, children);
    return;
  }
  const attributes = node.attributes ?? [];
  const kept = keptJsxAttributes(name, attributes, component);
  if (kept.length !== attributes.length)
    ctx.replaceNode(node, { ...node, attributes: kept, children } as unknown as HastNode);
}

function walk(parent: Loose, ctx: Context, components: readonly string[]): void {
  for (const child of (parent.children ?? []) as Loose[]) {
    switch (child.type) {
      case 'element': {
        const verdict = elementVerdict(child.tagName ?? '');
        if (verdict === 'drop') {
          ctx.removeNode(child);
          continue;
        }
        walk(child, ctx, components);
        if (verdict === 'unwrap') ctx.replaceNode(child, [...(child.children ?? [])]);
        else cleanElement(child, ctx);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        walk(child, ctx, components);
        cleanJsx(child, ctx, components);
        break;
      case 'text':
        break;
      default:
        // Comments, raw HTML left as text, doctypes, MDX expressions and import/export.
        ctx.removeNode(child);
    }
  }
}

/**
 * The plugin: `components` are the documented MDX components (their names stay).
 * @example satteri({ hastPlugins: [allowlistPlugin(MDX_COMPONENTS)], features: { rawHtml: true } })
 */
export function allowlistPlugin(components: readonly string[]) {
  return {
    name: 'portal-allowlist',
    before(root: HastNode, ctx: Context) {
      walk(root as Loose, ctx, components);
    },
  };
}
