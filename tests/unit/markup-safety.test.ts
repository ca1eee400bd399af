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
    expect(mdx('<a href="https://ok.example" onclick="alert(1)">x</a>\n')).toEqual([
      'content/news/en/x.mdx:7 — event-handler attribute "onclick" is not allowed on <a>',
    ]);
    expect(md('<img src=x onerror=alert(1)>\n')).toEqual([
      'content/news/en/x.md:7 — <img> is not allowed: put the image in content/images/ (JPEG, PNG, WebP or AVIF) and use Markdown: ![what it shows](../../images/name.jpg)',
      'content/news/en/x.md:7 — event-handler attribute "onerror" is not allowed on <img>',
    ]);
  });

  it('rejects style attributes', () => {
    expect(mdx('<p style="color:red">x</p>\n')).toEqual([
      'content/news/en/x.mdx:7 — "style" attributes are not allowed on <p> (the site’s stylesheet does the styling)',
    ]);
  });

  it('rejects javascript:, data: and vbscript: URLs in links and images, in .md too', () => {
    expect(md('[click](javascript:alert(1))\n')).toEqual([
      'content/news/en/x.md:7 — "javascript:" links are not allowed (use http:, https:, mailto: or a relative link) (link to "javascript:alert(1)")',
    ]);
    expect(md('![x](data:image/svg+xml;base64,AAAA)\n')).toEqual([
      'content/news/en/x.md:7 — image "data:image/svg+xml;base64,AAAA" loads a file from a "data:" address: put the file in content/images/ and use a relative path',
    ]);
    expect(mdx('<a href="vbscript:msgbox">x</a>\n')).toEqual([
      'content/news/en/x.mdx:7 — "vbscript:" links are not allowed (use http:, https:, mailto: or a relative link) (attribute "href" of <a>)',
    ]);
    expect(md('<a href="jav&#x61;script:alert(1)">x</a>\n')).toEqual([
      'content/news/en/x.md:7 — "javascript:" links are not allowed (use http:, https:, mailto: or a relative link) (attribute "href" of <a>)',
    ]);
  });

  it('decodes and normalises URLs before checking them', () => {
    expect(md('<a href="java\tscript:alert(1)">x</a>\n')).toHaveLength(1);
    expect(md('<a href=" &#14; JAVASCRIPT:alert(1)">x</a>\n')).toHaveLength(1);
    expect(
      md('[ok](https://example.org/) [mail](mailto:a@example.org) [rel](../history/)\n'),
    ).toEqual([]);
  });

  it('refuses images from other hosts and images without alt text', () => {
    expect(md('![x](https://evil.example/track.gif)\n')).toEqual([
      'content/news/en/x.md:7 — image "https://evil.example/track.gif" loads a file from another host: put the file in content/images/ and use a relative path',
    ]);
    expect(md('![](../../images/a.jpg)\n')).toEqual([
      'content/news/en/x.md:7 — image "../../images/a.jpg" needs alt text: ![what it shows](../../images/a.jpg)',
    ]);
  });

  it('refuses redirects, forms, base and stylesheets, saying what to do instead', () => {
    expect(md('<meta http-equiv="refresh" content="0;url=https://evil.example">\n')).toEqual([
      'content/news/en/x.md:7 — <meta> is not allowed: a page’s title, description and language come from its front matter',
    ]);
    expect(md('<form action="https://evil.example"><input name="a"></form>\n')[0]).toBe(
      'content/news/en/x.md:7 — <form> is not allowed: forms are not allowed in content: link to the form instead',
    );
    expect(md('<base href="https://evil.example/">\n')).toHaveLength(1);
    expect(md('<link rel="stylesheet" href="https://evil.example/x.css">\n')).toHaveLength(1);
    expect(md('<body onload=alert(1)>\n').length).toBeGreaterThan(0);
  });

  it('names attributes that are not on the list', () => {
    expect(md('<a href="https://ok.example" target="_blank">x</a>\n')).toEqual([
      'content/news/en/x.md:7 — attribute "target" is not allowed on <a> (docs/content.md lists the allowed ones)',
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
