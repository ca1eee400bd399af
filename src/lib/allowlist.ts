/**
 * What editors' Markdown and MDX may contain, as an allowlist: the HTML elements and
 * attributes kept, and the URL schemes accepted after decoding. One list for the content gate
 * (which reports what it refuses) and the renderer (which drops it): docs/content.md shows it.
 */
import { parseEntities } from 'parse-entities';
import { find, html } from 'property-information';

/** Attributes every allowed element may carry. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['id', 'lang', 'dir', 'title'];

/** Allowed elements, each with the attributes it may carry besides the global ones. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  // Only our own files (see RESOURCE_ATTRIBUTES); Markdown image syntax is the way to add one.
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/**
 * Elements dropped with everything inside them (their content is code, a form, media or a
 * document of its own); any other element not allowed is unwrapped: its text stays.
 */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'applet',
  'audio',
  'base',
  'button',
  'canvas',
  'dialog',
  'embed',
  'fieldset',
  'form',
  'frame',
  'frameset',
  'head',
  'iframe',
  'input',
  'link',
  'math',
  'meta',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'option',
  'param',
  'picture',
  'plaintext',
  'portal',
  'script',
  'select',
  'source',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'track',
  'video',
  'xmp',
]);

/** Attributes that hold a link: http, https, mailto or a relative address. */
export const LINK_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'cite']);
/** Attributes that load a file: only a relative address (our own files). */
export const RESOURCE_ATTRIBUTES: ReadonlySet<string> = new Set(['src']);
/** Schemes a link may use. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** What happens to an element: kept, unwrapped (its children stay) or dropped with its content. */
export type ElementVerdict = 'keep' | 'unwrap' | 'drop';

/** The verdict for an element name (case-insensitive). */
export function elementVerdict(name: string): ElementVerdict {
  const tag = name.toLowerCase();
  if (Object.hasOwn(ALLOWED_ELEMENTS, tag)) return 'keep';
  return DROPPED_WITH_CONTENT.has(tag) ? 'drop' : 'unwrap';
}

/** The HTML attribute name of a hast property or a JSX attribute (`className` → `class`). */
export function attributeName(name: string): string {
  const jsx: Record<string, string> = { className: 'class', htmlFor: 'for' };
  return (jsx[name] ?? find(html, name).attribute).toLowerCase();
}

/** Whether an element may carry an attribute (HTML name, case-insensitive). */
export function attributeAllowed(element: string, attribute: string): boolean {
  const name = attribute.toLowerCase();
  return (
    GLOBAL_ATTRIBUTES.includes(name) ||
    (ALLOWED_ELEMENTS[element.toLowerCase()] ?? []).includes(name)
  );
}

/**
 * A URL as a browser reads it: character references decoded, ASCII whitespace and control
 * characters removed (browsers drop tabs and newlines anywhere), backslashes as slashes.
 * @example normalizeUrl('jav&#x61;\tscript:alert(1)') // 'javascript:alert(1)'
 */
export function normalizeUrl(value: string): string {
  let url = value;
  // Decoding twice catches "&amp;#x61;" style double encoding; a real URL never needs it.
  for (let i = 0; i < 2; i++) url = parseEntities(url);
  // eslint-disable-next-line no-control-regex
  return url
    .replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u2028\u2029\ufeff]/g, '')
    .replace(/\\/g, '/');
}

/** The scheme of a normalised URL in lower case (`''` for a relative address). */
export function urlScheme(url: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

/**
 * Why a URL is refused, or undefined when it is fine. `link`: http, https, mailto or relative;
 * `resource` (a file the page loads): only a relative address on this site.
 * @example urlProblem('https://evil.example/t.gif', 'resource') // 'loads a file from another host …'
 */
export function urlProblem(value: string, kind: 'link' | 'resource'): string | undefined {
  const url = normalizeUrl(value);
  const scheme = urlScheme(url);
  if (kind === 'link') {
    if (scheme === '' || LINK_SCHEMES.includes(scheme)) return undefined;
    return `"${scheme}:" links are not allowed (use ${LINK_SCHEMES.map((s) => `${s}:`).join(', ')} or a relative link)`;
  }
  if (scheme !== '' || url.startsWith('//'))
    return `loads a file from ${scheme === '' || scheme === 'http' || scheme === 'https' ? 'another host' : `a "${scheme}:" address`}: put the file in content/images/ and use a relative path`;
  return undefined;
}

/** Why an attribute value is refused on an element, or undefined (name in HTML form). */
export function attributeValueProblem(attribute: string, value: string): string | undefined {
  const name = attribute.toLowerCase();
  if (LINK_ATTRIBUTES.has(name)) return urlProblem(value, 'link');
  if (RESOURCE_ATTRIBUTES.has(name)) return urlProblem(value, 'resource');
  return undefined;
}

/**
 * What an editor should do instead of using an element that is not allowed.
 * @example refusalAdvice('iframe') // 'embed nothing from another site: link to it, e.g. [Watch the video](https://…)'
 */
export function refusalAdvice(name: string): string {
  const tag = name.toLowerCase();
  if (['script', 'noscript', 'template', 'style', 'link'].includes(tag))
    return 'content cannot bring scripts or styles: the site’s own stylesheet does the styling';
  if (
    [
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'applet',
      'portal',
      'video',
      'audio',
      'source',
      'track',
      'param',
    ].includes(tag)
  )
    return 'embed nothing from another site: link to it, e.g. [Watch the video](https://…)';
  if (
    ['form', 'input', 'button', 'select', 'option', 'textarea', 'fieldset', 'dialog'].includes(tag)
  )
    return 'forms are not allowed in content: link to the form instead';
  if (['meta', 'base', 'head', 'title'].includes(tag))
    return 'a page’s title, description and language come from its front matter';
  if (['svg', 'math', 'canvas', 'picture', 'img'].includes(tag))
    return 'put the image in content/images/ (JPEG, PNG, WebP or AVIF) and use Markdown: ![what it shows](../../images/name.jpg)';
  return 'it is not in the list of allowed HTML elements (docs/content.md): use Markdown instead';
}
