/**
 * The peer site of the benchmark: the same generated entries as a minimal Hugo site (the same
 * languages, content/<lang>/<section>/<slug>.md, taxonomies for topic and countries, lists of
 * 12 per page) with a small neutral theme written here. Benchmark scaffolding, not product
 * code: it measures what a mature static generator takes for the same content.
 */
import type { BenchEntry } from './bench-content.ts';

/** One language of the Hugo site: its content folder name and its BCP 47 tag. */
export interface HugoLanguage {
  readonly code: string;
  readonly tag: string;
}

const quoted = (text: string) => JSON.stringify(text);

function config(languages: readonly HugoLanguage[]): string {
  const blocks = languages.map(({ code, tag }, i) =>
    [
      `[languages.${code}]`,
      `languageCode = ${quoted(tag)}`,
      `languageName = ${quoted(new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? code)}`,
      `contentDir = ${quoted(`content/${code}`)}`,
      `weight = ${i + 1}`,
    ].join('\n'),
  );
  return [
    'baseURL = "https://example.org/"',
    'title = "eTwinning benchmark"',
    `defaultContentLanguage = ${quoted(languages.some((l) => l.code === 'en') ? 'en' : (languages[0]?.code ?? 'en'))}`,
    'defaultContentLanguageInSubdir = true',
    'paginate = 12',
    'enableRobotsTXT = false',
    '',
    '[taxonomies]',
    'topic = "topics"',
    'country = "countries"',
    '',
    ...blocks,
    '',
  ].join('\n');
}

const BASEOF = `<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="{{ "style.css" | absURL }}">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header>
<a class="brand" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav aria-label="Main"><ul>
{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}<li><a href="{{ "topics/" | relLangURL }}">Topics</a></li>
<li><a href="{{ "countries/" | relLangURL }}">Countries</a></li>
</ul></nav>
<nav aria-label="Languages"><ul>
{{ range .Site.Home.AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ .Site.Title }} · {{ .Site.Language.LanguageName }} · {{ now.Year }}</p></footer>
</body>
</html>
`;

const SINGLE = `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "topics" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ range .GetTerms "countries" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
<p class="lead">{{ .Description }}</p>
{{ .Content }}
</article>
{{ with .Translations }}<aside data-pagefind-ignore><h2>Other languages</h2><ul>
{{ range . }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></aside>{{ end }}{{ end }}
`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $paginator := .Paginate .Pages }}<ul class="cards">
{{ range $paginator.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<p>{{ .Description }}</p></li>
{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
`;

const TERMS = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>{{ end }}
`;

const HOME = `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul class="cards">{{ range first 12 (where .Site.RegularPages "Section" "news") }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Description }}</p></li>
{{ end }}</ul>{{ end }}
`;

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a}
header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}
nav ul{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
.cards{list-style:none;padding:0}.cards li{border-bottom:1px solid #ddd;padding:.5rem 0}
.meta{color:#555}
`;

/** The front matter and body of an entry for Hugo. */
function contentFile(entry: BenchEntry): string {
  const { title, description, body } = entry.article;
  return [
    '---',
    `title: ${quoted(title)}`,
    `description: ${quoted(description)}`,
    `date: ${entry.date}`,
    `topics: [${entry.topic}]`,
    `countries: [${entry.countries.join(', ')}]`,
    'sample: true',
    '---',
    '',
    body,
  ].join('\n');
}

/**
 * `[path, text]` pairs of the Hugo site: config, theme (layouts and one stylesheet) and one
 * content file per entry.
 * @example hugoSite(entries, [{ code: 'en', tag: 'en' }])[0]?.[0] // 'config.toml'
 */
export function hugoSite(
  entries: readonly BenchEntry[],
  languages: readonly HugoLanguage[],
): [string, string][] {
  return [
    ['config.toml', config(languages)],
    ['layouts/_default/baseof.html', BASEOF],
    ['layouts/_default/single.html', SINGLE],
    ['layouts/_default/list.html', LIST],
    ['layouts/_default/terms.html', TERMS],
    ['layouts/index.html', HOME],
    ['static/style.css', STYLE],
    ...entries.map((entry): [string, string] => [
      `content/${entry.locale}/${entry.collection}/${entry.slug}.md`,
      contentFile(entry),
    ]),
  ];
}
