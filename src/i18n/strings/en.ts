/**
 * English UI strings: the typed source of every key. Other locales live in `<code>.json` beside
 * this file and are validated against it (tests/unit/strings.test.ts).
 *
 * Keys are flat and dotted. Plural keys end in i18next's `_<category>` suffixes; each locale
 * supplies exactly the categories that `Intl.PluralRules` reports for it.
 */
const en = {
  'site.name': 'eTwinning',
  'site.tagline': 'The community for schools in Europe',
  'site.description':
    'eTwinning is the community for schools in Europe: school staff meet, collaborate on projects and learn together.',

  'a11y.skipToContent': 'Skip to main content',
  'a11y.mainNav': 'Main navigation',
  'a11y.footerNav': 'About this portal',
  'a11y.languageNav': 'Choose a language',

  'nav.home': 'Home',
  'nav.about': 'About eTwinning',

  'language.current': 'Language: {{language}}',
  'language.allLanguages': 'All languages',
  'language.chooseTitle': 'Choose your language',
  'language.chooseIntro':
    'The eTwinning portal is available in {{count}} languages. Choose the one you want to read it in.',
  'language.remembered': 'Your choice is remembered in this browser.',

  'home.title': 'Welcome to eTwinning',
  'home.lead':
    'eTwinning is where school staff in Europe and neighbouring countries meet, work on projects together and keep learning.',
  'home.aboutHeading': 'Discover eTwinning',
  'home.aboutIntro':
    'What eTwinning is, who can take part, who supports you in your country and how it all began.',
  'home.factsHeading': 'eTwinning in numbers',
  'home.factCountries_one': '{{count}} country',
  'home.factCountries_other': '{{count}} countries',
  'home.factLanguages_one': '{{count}} language',
  'home.factLanguages_other': '{{count}} languages',
  'home.factAmbassadors': 'more than {{number}} eTwinning Ambassadors',
  'home.factSince': 'since {{year}}',

  'listing.untranslated': 'Not yet translated',
  'listing.untranslatedCount_one':
    '{{count}} page has not been translated into {{language}} yet and is shown in its original language.',
  'listing.untranslatedCount_other':
    '{{count}} pages have not been translated into {{language}} yet and are shown in their original language.',

  'fallback.notice':
    'This page has not been translated into {{language}} yet. It is shown in its original language, {{original}}.',
  'fallback.readOriginal': 'Read the original page in {{original}}',

  'page.updated': 'Last updated on {{date}}',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist or has moved.',
  'notFound.home': 'Go to the home page',

  'footer.funding': 'eTwinning is co-funded by the Erasmus+ programme of the European Union.',
  'footer.helpdesk': 'Questions? Write to the helpdesk at {{email}}.',
  'footer.source': 'This portal is open source and can be hosted by any National Support Service.',
} as const;

export default en;

/** A UI string key (plural keys without their `_<category>` suffix). */
export type UiKey = {
  [
    K in keyof typeof en
  ]: K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;
}[keyof typeof en];
