import { describe, expect, it } from 'vitest';
import { checkMarkupSafety } from '../../src/lib/markup-safety.ts';

const mdx = (body: string) =>
  checkMarkupSafety(body, 'content/news/en/x.mdx', 'mdx', ['Callout'], 7);
const md = (body: string) => checkMarkupSafety(body, 'content/news/en/x.md', 'md', ['Callout'], 7);

describe('MDX safety gate', () => {
  it('accepts plain Markdown and documented components', () => {
    expect(
      mdx(
        '# Title\n\nText with [a link](https://example.org/) and ![img](../../images/a.jpg).\n\n<Callout title="Tip">Fine.</Callout>\n',
      ),
    ).toEqual([]);
    expect(md('Plain *Markdown* with <abbr title="x">HTML</abbr>.\n')).toEqual([]);
  });

  it('rejects imports and exports, with the line in the file', () => {
    expect(mdx('import Evil from "../evil.astro"\n\nText\n')).toEqual([
      'content/news/en/x.mdx:7 — import and export statements are not allowed; documented components need no import',
    ]);
    expect(mdx('Text\n\nexport const x = 1\n')).toHaveLength(1);
  });

  it('rejects JavaScript expressions', () => {
    expect(mdx('Text {alert(1)} here\n')).toEqual([
      'content/news/en/x.mdx:7 — JavaScript expressions {…} are not allowed',
    ]);
  });

  it('rejects script, iframe, style and object elements', () => {
    const problems = mdx(
      '<script src="x.js"></script>\n\n<iframe src="https://x"></iframe>\n\n<style>{""}</style>\n\n<object data="x"></object>\n',
    );
    expect(problems.filter((p) => p.includes('is not allowed'))).toHaveLength(4);
  });

  it('rejects event handlers like <img src=x onerror=…>', () => {
    expect(mdx('<img src="x" onerror="alert(1)" />\n')).toEqual([
      'content/news/en/x.mdx:7 — event-handler attribute "onerror" is not allowed on <img>',
    ]);
    expect(md('<img src=x onerror=alert(1)>\n')).toEqual([
      'content/news/en/x.md:7 — event-handler attribute "onerror" is not allowed',
    ]);
  });

  it('rejects style attributes', () => {
    expect(mdx('<p style="color:red">x</p>\n')).toEqual([
      'content/news/en/x.mdx:7 — "style" attributes are not allowed on <p>',
    ]);
  });

  it('rejects javascript:, data: and vbscript: URLs in links and images, in .md too', () => {
    expect(md('[click](javascript:alert(1))\n')).toEqual([
      'content/news/en/x.md:7 — "javascript:" URLs are not allowed in links and images',
    ]);
    expect(md('![x](data:image/svg+xml;base64,AAAA)\n')).toHaveLength(1);
    expect(mdx('<a href="vbscript:msgbox">x</a>\n')).toEqual([
      'content/news/en/x.mdx:7 — "vbscript:" URLs are not allowed (attribute "href" of <a>)',
    ]);
    expect(md('<a href="javascript:alert(1)">x</a>\n')).toEqual([
      'content/news/en/x.md:7 — "javascript:" URLs are not allowed',
    ]);
  });

  it('rejects components that are not documented', () => {
    expect(mdx('<Widget />\n')).toEqual([
      'content/news/en/x.mdx:7 — <Widget> is not a documented component (available: Callout)',
    ]);
  });

  it('reports unreadable MDX instead of crashing', () => {
    expect(mdx('<Callout>\n')[0]).toMatch(
      /^content\/news\/en\/x\.mdx:\d+ — the MDX cannot be read/,
    );
  });
});
