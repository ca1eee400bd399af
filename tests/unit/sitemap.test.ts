import { describe, expect, it } from 'vitest';
import { SyntaxValidator } from 'fast-xml-validator';
import { sitemapEntry, sitemapIndexXml, urlsetXml } from '../../src/lib/sitemap.ts';

const head = (links: string) =>
  `<!doctype html><html><head>${links}</head><body><link rel="canonical" href="https://x.org/body/"></body></html>`;

describe('sitemapEntry', () => {
  it('lists a page that is its own canonical, with its alternates', () => {
    const html = head(
      '<link rel="canonical" href="https://x.org/de/a/"><link rel="alternate" hreflang="de" href="https://x.org/de/a/"><link rel="alternate" hreflang="x-default" href="https://x.org/en/a/?q=1&amp;r=2">',
    );
    expect(sitemapEntry(html, 'https://x.org/de/a/')).toEqual({
      loc: 'https://x.org/de/a/',
      alternates: [
        { hreflang: 'de', href: 'https://x.org/de/a/' },
        { hreflang: 'x-default', href: 'https://x.org/en/a/?q=1&r=2' },
      ],
    });
  });

  it('leaves out a fallback page (canonical elsewhere) and a page without canonical', () => {
    expect(
      sitemapEntry(
        head('<link rel="canonical" href="https://x.org/en/a/">'),
        'https://x.org/fr/a/',
      ),
    ).toBeUndefined();
    expect(sitemapEntry(head(''), 'https://x.org/body/')).toBeUndefined();
  });
});

describe('sitemap XML', () => {
  it('is well-formed and escapes URLs', () => {
    const xml = urlsetXml([
      {
        loc: 'https://x.org/a/?b=1&c=2',
        alternates: [{ hreflang: 'de', href: 'https://x.org/de/' }],
      },
    ]);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<loc>https://x.org/a/?b=1&amp;c=2</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="de" href="https://x.org/de/"/>');
    expect(SyntaxValidator.validate(sitemapIndexXml(['https://x.org/sitemap-de.xml']))).toBe(true);
  });
});
