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
  'nav.menu': 'Menu',

  'language.current': 'Language: {{language}}',
  'language.allLanguages': 'All languages',
  'language.chooseTitle': 'Choose your language',
  'language.chooseIntro':
    'The eTwinning portal is available in {{count}} languages. Choose the one you want to read it in.',
  'language.remembered': 'Your choice is remembered in this browser.',
  'language.moreLanguages': 'More languages on the main eTwinning portal',

  'home.title': 'Welcome to eTwinning',
  'home.lead':
    'eTwinning is where school staff in Europe and neighbouring countries meet, work on projects together and keep learning.',
  'home.aboutHeading': 'Discover eTwinning',
  'home.aboutIntro':
    'What eTwinning is, who can take part, who supports you in your country and how it all began.',
  'home.factsHeading': 'eTwinning in numbers',
  'home.factCountries_one': '{{count}} country',
  'home.factCountries_other': '{{count}} countries',
  'home.factCountriesNote':
    'Countries taking part today. Older texts give the earlier figure, valid until {{date}}: {{total}} in all (eTwinning: {{etwinning}}, eTwinning Plus: {{plus}}), including a country that has since left: {{country}}.',
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

  'nav.news': 'News',
  'nav.projects': 'Projects',
  'nav.recognition': 'Recognition',
  'nav.countries': 'Countries',
  'nav.events': 'Professional development',
  'nav.kits': 'Project kits',
  'nav.publications': 'Publications',

  'home.sectionsHeading': 'Explore the portal',
  'home.newsIntro': 'Stories and announcements from the eTwinning countries.',
  'home.projectsIntro': 'Examples of successful projects to inspire your own.',
  'home.recognitionIntro': 'Quality Labels, the eTwinning School label and the European Prizes.',
  'home.countriesIntro': 'Who supports teachers in each participating country.',
  'home.eventsIntro': 'Learning Events, online seminars and conferences.',
  'home.kitsIntro': 'Ready-made project ideas, step by step, to start your own project.',
  'home.publicationsIntro': 'The annual eTwinning book and other publications to read and share.',
  'home.latestNews': 'Latest news',

  'sample.notice':
    'Sample content: this entry was written to demonstrate the portal. It does not describe a real event, school or person.',
  'sample.badge': 'Sample',

  'pagination.label': 'Pages',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.status': 'Page {{page}} of {{total}}',

  'meta.published': 'Published on {{date}}',
  'meta.countries': 'Countries',
  'meta.topic': 'Topic',
  'meta.browseBy': 'Browse by',

  'news.title': 'News',
  'news.intro': 'News from the eTwinning community across Europe and beyond.',
  'news.countryTitle': 'News from {{country}}',
  'news.topicTitle': 'News on the topic: {{topic}}',
  'news.related': 'Related news',
  'news.feed': 'News feed (RSS)',
  'news.feedTitle': 'eTwinning news in {{language}}',
  'news.allNews': 'All news',
  'news.none': 'There is no news here yet.',

  'topic.community': 'Community',
  'topic.projects': 'Projects',
  'topic.professional-development': 'Professional development',
  'topic.recognition': 'Recognition',
  'topic.inclusion': 'Inclusion',
  'topic.digital-skills': 'Digital skills',

  'projects.title': 'Project showcases',
  'projects.intro':
    'Projects that schools have run together through eTwinning: who took part, what pupils did and what they achieved.',
  'projects.countryTitle': 'Projects with partners in {{country}}',
  'projects.ageTitle': 'Projects for pupils aged {{range}}',
  'projects.subjectTitle': 'Projects in {{subject}}',
  'projects.yearTitle': 'Projects started in {{year}}',
  'projects.allProjects': 'All projects',
  'projects.byCountry': 'By country',
  'projects.byAge': 'By pupils’ age',
  'projects.bySubject': 'By subject',
  'projects.byYear': 'By year',
  'projects.partners': 'Partner schools',
  'projects.school': 'School',
  'projects.town': 'Town',
  'projects.country': 'Country',
  'projects.ageRange': 'Pupils’ age',
  'projects.ageRangeValue': '{{range}} years',
  'projects.subjects': 'Subjects',
  'projects.languages': 'Project languages',
  'projects.competences': 'Key competences',
  'projects.tools': 'Tools',
  'projects.duration': 'Duration',
  'projects.qualityLabels': 'Quality Labels',
  'projects.nationalLabel': 'National Quality Label: {{country}}',
  'projects.europeanLabel': 'European Quality Label',
  'projects.prizes': 'Prizes',
  'projects.prizeValue': 'European eTwinning Prize {{year}}: {{category}}',
  'projects.gallery': 'Gallery',
  'projects.details': 'Project details',
  'projects.partnerCount_one': '{{count}} partner school',
  'projects.partnerCount_other': '{{count}} partner schools',
  'projects.none': 'There are no projects here yet.',

  'subject.foreign-languages': 'Foreign languages',
  'subject.mother-tongue': 'Language of schooling',
  'subject.mathematics': 'Mathematics',
  'subject.science': 'Science',
  'subject.history': 'History',
  'subject.geography': 'Geography',
  'subject.arts': 'Visual arts',
  'subject.music': 'Music',
  'subject.physical-education': 'Physical education',
  'subject.ict': 'Computing and ICT',
  'subject.citizenship': 'Citizenship',
  'subject.environment': 'Environmental education',

  'competence.literacy': 'Literacy',
  'competence.multilingual': 'Multilingualism',
  'competence.stem': 'Mathematics, science, technology and engineering',
  'competence.digital': 'Digital competence',
  'competence.learning-to-learn': 'Personal, social and learning to learn',
  'competence.citizenship': 'Citizenship',
  'competence.entrepreneurship': 'Entrepreneurship',
  'competence.cultural-awareness': 'Cultural awareness and expression',

  'kits.title': 'Project kits',
  'kits.intro':
    'Ready-made project ideas to start from. Each kit gives the pupils’ age, the subjects and key competences, the steps, the tools and what the pupils will create.',
  'kits.none': 'There are no project kits here yet.',
  'kits.allKits': 'All project kits',
  'kits.byAge': 'By pupils’ age',
  'kits.bySubject': 'By subject',
  'kits.byCompetence': 'By key competence',
  'kits.ageTitle': 'Project kits for pupils aged {{range}}',
  'kits.subjectTitle': 'Project kits in {{subject}}',
  'kits.competenceTitle': 'Project kits for the key competence: {{competence}}',
  'kits.details': 'The kit at a glance',
  'kits.weeks_one': '{{number}} week',
  'kits.weeks_other': '{{number}} weeks',
  'kits.steps': 'Steps',
  'kits.outcomes': 'Expected outcomes',

  'publications.title': 'Publications',
  'publications.intro':
    'The annual eTwinning book and other publications: what each one is about, the languages it is available in and where to read it.',
  'publications.none': 'There are no publications here yet.',
  'publications.all': 'All publications',
  'publications.byYear': 'By year',
  'publications.byLanguage': 'By language',
  'publications.yearTitle': 'Publications from {{year}}',
  'publications.languageTitle': 'Publications in {{language}}',
  'publications.details': 'About this publication',
  'publications.year': 'Year',
  'publications.languages': 'Languages',
  'publications.read': 'Read the publication ({{host}})',

  'recognition.title': 'Recognition',
  'recognition.intro':
    'eTwinning recognises the work of teachers, pupils and schools with Quality Labels, the eTwinning School label and the European eTwinning Prizes.',
  'recognition.awardedBy': 'Awarded by: {{body}}',
  'recognition.results': 'Prize results',
  'recognition.resultsTitle': 'European eTwinning Prizes {{year}}',
  'recognition.resultsIntro': 'The winning projects of {{year}}, by category.',
  'recognition.winners_one': '{{count}} winning project',
  'recognition.winners_other': '{{count}} winning projects',

  'labels.title': 'European Quality Labels',
  'labels.intro':
    'The European Quality Label recognises eTwinning projects of excellent quality. These are the projects on this portal that received it, year by year.',
  'labels.yearTitle': 'European Quality Labels {{year}}',
  'labels.yearIntro': 'eTwinning projects that received the European Quality Label in {{year}}.',
  'labels.years': 'Labels by year',
  'labels.project': 'Project',
  'labels.countries': 'Partner countries',
  'labels.empty': 'No European Quality Labels are listed here yet.',
  'labels.projectLink': 'European Quality Label {{year}}',
  'labels.indexLink': 'How projects get the label, and the labels of every year',
  'labels.rulesTitle': 'How a project gets the label',
  'labels.ruleAwardedBy':
    'The Central Support Service awards the label once a year. Teachers do not apply for it.',
  'labels.ruleNational':
    'The project has partners with the National Quality Label, awarded by the National Support Service of each country, in at least two countries.',
  'labels.ruleNominated':
    'At least one National Support Service proposes the project, choosing among its highest-scoring National Quality Labels.',
  'labels.ruleNationalProject':
    'A national project, whose founding schools are in one country, cannot receive it, even when partners from other countries join later.',
  'labels.rulePrizes':
    'Only projects with the European Quality Label can compete for the European eTwinning Prizes.',
  'labels.official': 'Official rules and lists (European School Education Platform)',
  'labels.yearSource': 'The official list of {{year}}',

  'schools.title': 'eTwinning Schools',
  'schools.intro':
    'The eTwinning School label recognises schools where eTwinning is part of school life. These are the schools listed on this portal, round by round.',
  'schools.roundTitle': 'eTwinning Schools {{round}}',
  'schools.empty': 'No eTwinning Schools are listed here yet.',
  'schools.indexLink': 'The schools that hold the label, round by round',
  'schools.rulesTitle': 'Which schools can apply',
  'schools.ruleRegistered': 'The school has been registered in eTwinning for at least two years.',
  'schools.ruleTeachers':
    'At least three of its teachers have taken part in eTwinning projects, professional development or other eTwinning activities in the last two years.',
  'schools.ruleProject':
    'The school took part in at least one European eTwinning project that received a National Quality Label in the last two years.',
  'schools.ruleProcess':
    'Schools that meet these conditions are invited to apply; the National Support Services assess the applications and award the label.',
  'schools.ruleValidity':
    'Applications open once a year. The label is valid for two years, and each round is named after them, for example 2025–2026.',
  'schools.roundSource': 'The official list of {{round}}',

  'prizeCategory.early-childhood': 'Early childhood education and care (up to 6)',
  'prizeCategory.age-7-11': 'Pupils aged 7 to 11',
  'prizeCategory.age-12-15': 'Pupils aged 12 to 15',
  'prizeCategory.age-16-19': 'Pupils aged 16 to 19',
  'prizeCategory.ivet': 'Initial vocational education and training',
  'prizeCategory.initial-teacher-education': 'Initial teacher education',
  'prizeCategory.special': 'Special prize',

  'countries.title': 'Participating countries',
  'countries.intro':
    'eTwinning brings together schools in the eTwinning countries and, through eTwinning Plus, in neighbouring countries.',
  'countries.etwinning': 'eTwinning countries',
  'countries.plus': 'eTwinning Plus countries',
  'countries.count_one': '{{count}} country',
  'countries.count_other': '{{count}} countries',
  'countries.joined': 'Taking part since {{year}}',
  'countries.former': 'Former participating countries',
  'countries.left': 'Took part until {{date}}',
  'map.title': 'Map of the participating countries',
  'map.linkEtwinning': '{{country}} (eTwinning)',
  'map.linkPlus': '{{country}} (eTwinning Plus)',
  'map.teachersTitle': 'Registered teachers per country, {{period}}',
  'map.teachersLink': '{{country}}: {{number}} teachers',
  'map.noFigures': 'No figures',
  'map.noFiguresLink': '{{country}}: no figures',
  'countries.support': 'Support in {{country}}',
  'countries.nss': 'National Support Service',
  'countries.psa': 'Partner Support Agency',
  'countries.website': 'Website',
  'countries.email': 'E-mail',
  'countries.noContact':
    'Contact details for this country are not listed on the portal yet. The central helpdesk will put you in touch: {{email}}.',
  'countries.latestNews': 'Latest news from {{country}}',
  'countries.latestProjects': 'Projects with partners in {{country}}',
  'countries.none': 'Nothing here yet.',

  'events.title': 'Professional development',
  'events.intro':
    'Learning Events, online seminars and conferences where school staff learn with colleagues from other countries.',
  'events.upcoming': 'Upcoming',
  'events.past': 'Past',
  'events.noneUpcoming': 'No upcoming events are announced at the moment.',
  'events.type.learning-event': 'Learning Event',
  'events.type.online-seminar': 'Online seminar',
  'events.type.conference': 'Conference',
  'events.when': 'When',
  'events.language': 'Language',
  'events.audience': 'For',
  'events.format': 'Format',
  'events.online': 'Online',
  'events.onSite': 'On site',
  'events.location': 'Place',
  'events.register': 'Register',
  'events.calendar': 'Add to your calendar (.ics)',

  'nav.themes': 'Themes and campaigns',
  'home.themesIntro':
    'The eTwinning theme of the year and the campaigns that come back every year.',
  'search.type.theme': 'Theme',
  'themes.title': 'Themes and campaigns',
  'themes.intro':
    'Every year eTwinning chooses a theme for projects, events and publications, and some campaigns come back every year. Each page gathers the news and events about it.',
  'themes.annualHeading': 'Annual themes',
  'themes.campaignsHeading': 'Campaigns',
  'themes.kind.annual-theme': 'Annual theme',
  'themes.kind.campaign': 'Campaign',
  'themes.kindLabel': 'Type',
  'themes.year': 'Year',
  'themes.recurs': 'Every year',
  'themes.official': 'Official page',
  'themes.none': 'Nothing here is about this theme yet.',
  'themes.noThemes': 'No themes have been published yet.',

  'search.label': 'Search the portal',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.intro': 'Find news, projects, countries, events and recognition pages in your language.',
  'search.noScript':
    'Search needs JavaScript, which is turned off or blocked in your browser. You can still browse the news, projects and countries from the menu.',
  'search.loading': 'Searching…',
  'search.error': 'Search could not be loaded. Please try again later.',
  'search.prompt': 'Type a word or two and press Search.',
  'search.results_one': '{{count}} result for “{{query}}”',
  'search.results_other': '{{count}} results for “{{query}}”',
  'search.none': 'No results for “{{query}}”.',
  'search.filters': 'Refine the results',
  'search.filterType': 'Type of page',
  'search.filterCountry': 'Country',
  'search.filterYear': 'Year',
  'search.sort': 'Order',
  'search.sortRelevance': 'Best match first',
  'search.sortNewest': 'Newest first',
  'search.originals': 'Also search pages that are only available in {{language}}',
  'search.inLanguage': 'In {{language}}',
  'search.more': 'Show more results',
  'search.type.news': 'News',
  'search.type.project': 'Project',
  'search.type.recognition': 'Recognition',
  'search.type.country': 'Country',
  'search.type.event': 'Event',
  'search.type.page': 'About eTwinning',
  'search.type.help': 'Help',
  'search.type.kit': 'Project kit',
  'search.type.publication': 'Publication',

  'nav.stats': 'Statistics',
  'stats.title': 'eTwinning in figures',
  'stats.intro':
    'Registered teachers, schools and projects in the eTwinning countries, from the exports of the support services.',
  'stats.period': 'Period: {{period}}',
  'stats.source': 'Source: {{source}}',
  'stats.exported': 'Exported on {{date}}',
  'stats.teachers': 'Teachers',
  'stats.schools': 'Schools',
  'stats.projects': 'Projects',
  'stats.qualityLabels': 'Quality Labels',
  'stats.schoolLabels': 'eTwinning School labels',
  'stats.totals': 'Totals for {{period}}',
  'stats.growth': '{{change}} compared with {{previous}}',
  'stats.ranking': 'Countries by number of registered teachers, {{period}}',
  'stats.rank': 'Rank',
  'stats.country': 'Country',
  'stats.share': 'Share of teachers',
  'stats.year': 'Year',
  'stats.seriesTitle': '{{country}}: teachers, schools and projects over time',
  'stats.chartSummary':
    'From {{first}} to {{last}}, registered teachers went from {{from}} to {{to}}.',
  'stats.topChart': 'The ten countries with the most registered teachers, {{period}}',
  'stats.dataTable': 'The figures as a table',
  'stats.downloads': 'Download the data',
  'stats.downloadCsv': 'All figures as CSV',
  'stats.downloadJson': 'All figures as JSON',
  'stats.sampleNotice':
    'Some figures on this page are sample data made up to demonstrate the portal; they are marked with an asterisk (*). Only figures without it are real.',
  'stats.sampleMark': 'sample figure',
  'stats.latest': 'eTwinning in {{country}}: {{period}}',
  'stats.realFigures': 'Real figures',
  'stats.real': 'Real figures for {{period}}',
  'stats.laterSample': 'The figures for later years are sample figures.',
  'stats.countryLink': 'All figures for {{country}}',
  'stats.noData': 'No figures have been published for this country yet.',

  'nav.help': 'Help',
  'help.title': 'Help and frequently asked questions',
  'help.intro':
    'Short answers to the questions teachers ask most often: registering, finding partners, running a project, the labels, and safety and data protection.',
  'help.contents': 'On this page',
  'help.group.registering': 'Registering',
  'help.group.partners': 'Finding partners',
  'help.group.projects': 'Running a project',
  'help.group.labels': 'Labels',
  'help.group.safety': 'Safety and data protection',
  'help.questionLink': 'Link to this question',
  'help.morePages': 'More help',
  'help.morePagesIntro':
    'Guides for particular groups, such as student teachers and their teacher educators.',

  'status.title': 'Translation status',
  'status.intro':
    'How much of this portal is available in {{language}}: the interface texts, the pages not translated yet, and translations whose original has changed since they were made.',
  'status.uiHeading': 'Interface texts',
  'status.uiCoverage':
    '{{translated}} of {{total}} interface texts are translated into {{language}} ({{percent}}).',
  'status.uiMissing': 'Interface texts still missing:',
  'status.contentHeading': 'Pages by section',
  'status.section': 'Section',
  'status.translated': 'Translated',
  'status.missing': 'Not yet translated',
  'status.outdated': 'To update',
  'status.missingHeading': 'Pages not yet translated into {{language}}',
  'status.outdatedHeading': 'Translations to update',
  'status.outdatedIntro': 'The original of these pages has changed since they were translated.',
  'status.none': 'None.',
  'status.original': 'original in {{language}}',
} as const;

export default en;

/** A UI string key (plural keys without their `_<category>` suffix). */
/**
 * Placeholders a translation may leave out, by key (plural keys by their base): in these
 * strings `{{language}}` is always the reader's own language, which many languages say without
 * its name ("suomeksi", "do češtiny", "go Gaeilge"). Every other placeholder must stay.
 */
export const OPTIONAL_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'news.feedTitle': ['language'],
  'fallback.notice': ['language'],
  'listing.untranslatedCount': ['language'],
  'status.intro': ['language'],
  'status.uiCoverage': ['language'],
  'status.missingHeading': ['language'],
};

/** Strings whose English word is also the word in these languages ("Menu"), not a copy. */
export const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  'nav.menu': ['da', 'fr', 'it', 'mt', 'nl', 'pl', 'pt'],
  'help.group.labels': ['fr', 'nl'],
  'nav.publications': ['fr'],
  'publications.title': ['fr'],
  'search.type.publication': ['fr'],
  'kits.weeks_one': ['nl'],
  'themes.kindLabel': ['da', 'fr', 'no'],
  'labels.project': ['nl'],
};

export type UiKey = {
  [
    K in keyof typeof en
  ]: K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;
}[keyof typeof en];
