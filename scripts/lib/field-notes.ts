/**
 * What each field means, for editors (docs/fields.md): keyed `<document>.<field path>`, or
 * `*.<field path>` for a field several documents share. The schemas give types, limits and
 * allowed values; this gives the meaning and an example. A field missing here fails
 * tests/unit/fields-doc.test.ts, and so does a note for a field that no longer exists.
 */
export const FIELD_NOTES: Readonly<Record<string, { meaning: string; example?: string }>> = {
  '*.title': {
    meaning: 'The heading of the page, also used in lists and search.',
    example: "'Schools in 12 countries plant a tree a day'",
  },
  '*.description': {
    meaning:
      'One or two sentences shown under the title in lists, search results and link previews.',
    example: "'Pupils compared their town’s trees and shared a map.'",
  },
  '*.sample': {
    meaning:
      '`true` for demonstration content: the page then says it is a sample. Never set on real news.',
    example: 'true',
  },
  '*.translatedFrom': {
    meaning:
      'Only in a translation: which version of the original it was made from. Written by `npm run translate`; leave it as written.',
  },
  '*.translatedFrom.locale': { meaning: 'The language folder of the original.', example: 'en' },
  '*.translatedFrom.version': {
    meaning:
      'The original’s version the translation was made from (12 characters, written by `npm run translate`; do not edit by hand). Optional: without it, the version is read from the Git history (the original as it was when the translation last changed).',
    example: '3f9c2a1b7d4e',
  },
  '*.translatedFrom.reviewed': {
    meaning:
      'The day a second person checked the translation against that version (meaning, facts, numbers, links).',
    example: '2026-11-30',
  },
  '*.cover': { meaning: 'The picture at the top of the page and on its card.' },
  '*.cover.src': {
    meaning:
      'The image file, relative to the Markdown file: images live in `content/images/` (JPEG, PNG, WebP or AVIF; see CONTRIBUTING.md for sizes).',
    example: '../../images/river-clean-up.jpg',
  },
  '*.cover.alt': {
    meaning: 'What the picture shows, for people who cannot see it. Required; never the file name.',
    example: "'Pupils measuring the river’s depth'",
  },
  '*.order': { meaning: 'Position in its menu or list, smallest first.', example: '20' },
  '*.updated': { meaning: 'The day the text last changed in substance.', example: '2026-11-29' },
  'news.date': { meaning: 'Publication day; lists show the newest first.', example: '2026-11-29' },
  'news.countries': {
    meaning:
      'The countries the news is about or from, as two-letter codes listed in `content/countries.json`.',
    example: '[TR, DE]',
  },
  'news.topic': { meaning: 'One topic; readers can browse news by topic.', example: 'inclusion' },
  'projects.partners': { meaning: 'The partner schools, at least two.' },
  'projects.partners[].school': {
    meaning: 'The school’s name as it writes it.',
    example: "'Istituto Comprensivo Dante Alighieri'",
  },
  'projects.partners[].town': { meaning: 'Its town.', example: 'Lecce' },
  'projects.partners[].country': {
    meaning: 'Its country, as a two-letter code from `content/countries.json`.',
    example: 'IT',
  },
  'projects.ageRange': {
    meaning: 'Ages of the pupils who took part (2 to 20); `from` not above `to`.',
  },
  'projects.ageRange.from': { meaning: 'Youngest age.', example: '12' },
  'projects.ageRange.to': { meaning: 'Oldest age.', example: '15' },
  'projects.subjects': {
    meaning: 'School subjects the project worked in.',
    example: '[science, environment]',
  },
  'projects.languages': {
    meaning: 'Languages the partners worked in, as language codes.',
    example: '[en, it, tr]',
  },
  'projects.competences': {
    meaning: 'Key competences the project developed.',
    example: '[stem, digital]',
  },
  'projects.tools': {
    meaning: 'Tools the partners used, by name.',
    example: '[TwinSpace, Padlet]',
  },
  'projects.start': { meaning: 'First day of the project.', example: '2025-09-15' },
  'projects.end': { meaning: 'Last day; not before `start`.', example: '2026-06-12' },
  'projects.qualityLabels': { meaning: 'Quality Labels the project received.' },
  'projects.qualityLabels.national': {
    meaning:
      'Countries whose National Support Service awarded the project a National Quality Label.',
    example: '[IT, TR]',
  },
  'projects.qualityLabels.european': {
    meaning: '`true` when the project received the European Quality Label.',
    example: 'true',
  },
  'projects.gallery': { meaning: 'More pictures, each with its text alternative.' },
  'projects.gallery[].src': {
    meaning: 'The image file, as for the cover.',
    example: '../../images/map-of-trees.jpg',
  },
  'projects.gallery[].alt': {
    meaning: 'What the picture shows.',
    example: "'A hand-drawn map of the school’s trees'",
  },
  'recognition.awardedBy': {
    meaning: 'Who awards this recognition.',
    example: "'the National Support Organisations'",
  },
  'help.title': {
    meaning:
      'For a question: the question as a teacher would ask it (its heading on the help page). For a help page: its heading.',
    example: "'Who can register for eTwinning?'",
  },
  'help.description': {
    meaning:
      'Only for a help page of its own (no `group`): one or two sentences for its card and search results. A question has none: its answer is the text below the front matter.',
    example: "'How eTwinning works with initial teacher education.'",
  },
  'help.group': {
    meaning:
      'Makes the file a question on the help page, in this group. Its file name is its anchor there (`help/#who-can-register`), the same in every language, so keep the file name when you translate. Leave `group` out for a help page of its own (`help/<file name>/`).',
    example: 'registering',
  },
  'help.order': {
    meaning: 'Position in its group (or among the help pages), smallest first.',
    example: '2',
  },
  'events.type': { meaning: 'The kind of event.', example: 'online-seminar' },
  'events.start': {
    meaning: 'When it starts: day, time and offset from UTC.',
    example: "'2026-12-10T15:00:00+01:00'",
  },
  'events.end': {
    meaning: 'When it ends; not before `start`.',
    example: "'2026-12-10T16:30:00+01:00'",
  },
  'events.language': { meaning: 'The language it is held in, as a language code.', example: 'fr' },
  'events.audience': { meaning: 'Who it is for.', example: "'Primary school teachers'" },
  'events.format': { meaning: 'Online, or on site.', example: 'online' },
  'events.location': {
    meaning: 'Where it takes place; required for an on-site event.',
    example: "'Lisbon, Portugal'",
  },
  'events.registration': {
    meaning: 'The page where teachers register (https only).',
    example: 'https://school-education.ec.europa.eu/en/etwinning',
  },
  'kits.ageRange': {
    meaning:
      'Ages of the pupils the kit is written for (2 to 20); `from` not above `to`. The kit is listed under every age band it overlaps.',
  },
  'kits.ageRange.from': { meaning: 'Youngest age.', example: '7' },
  'kits.ageRange.to': { meaning: 'Oldest age.', example: '10' },
  'kits.subjects': {
    meaning: 'School subjects the kit can be taught in.',
    example: '[foreign-languages, geography]',
  },
  'kits.competences': {
    meaning: 'Key competences the kit develops (at least one).',
    example: '[multilingual, cultural-awareness]',
  },
  'kits.durationWeeks': {
    meaning: 'How long the project runs, in school weeks (1 to 52).',
    example: '6',
  },
  'kits.steps': {
    meaning: 'The phases of the project in the order the partners go through them (at least two).',
  },
  'kits.steps[].title': { meaning: 'A short name for the step.', example: "'Meet the partners'" },
  'kits.steps[].description': {
    meaning: 'What the teachers and pupils do in this step, in one to three sentences.',
    example:
      "'Each class introduces itself with drawings and a few words in the project language.'",
  },
  'kits.tools': {
    meaning: 'Tools the kit needs, by their plain names (at least one).',
    example: '[TwinSpace, forum, video call]',
  },
  'kits.outcomes': {
    meaning: 'What the pupils will have made or learned at the end, one item each.',
    example: "['A shared picture book about school days']",
  },
  'publications.year': {
    meaning: 'The year the publication came out (2005 or later); lists show the newest first.',
    example: '2019',
  },
  'publications.languages': {
    meaning:
      'Languages the publication can be read in, as language codes. Name only those you have confirmed.',
    example: '[en, fr]',
  },
  'publications.link': {
    meaning:
      'Where readers can read or download it (https only): the publisher’s page or file. Never a copy you have no right to share.',
    example: 'https://school-education.ec.europa.eu/en/discover/publications/…',
  },
  'publications.cover': {
    meaning:
      'The picture on its page and card. Where it is not the real cover, say so in the alt text.',
  },
  'news.themes': {
    meaning:
      'The annual themes or campaigns the news is about, by the file name (slug) of their page in `content/themes/<locale>/`; the theme’s page then lists it. Give a translation the same themes as its original.',
    example: '[well-being-at-school-2024]',
  },
  'kits.themes': {
    meaning:
      'The annual themes or campaigns the kit suits, by the file name (slug) of their page in `content/themes/<locale>/`; the theme’s page then lists it.',
    example: '[skills-for-life-2025-26]',
  },
  'events.themes': {
    meaning:
      'The annual themes or campaigns the event is part of, by the file name (slug) of their page in `content/themes/<locale>/`; the theme’s page then lists it.',
    example: '[etwinning-weeks]',
  },
  'themes.description': {
    meaning:
      'The summary: one or two sentences shown under the title in lists, search results and link previews.',
    example: "'In 2024 eTwinning looked at well-being at school for pupils and teachers.'",
  },
  'themes.kind': {
    meaning: 'An annual theme (one year or school year), or a campaign that comes back every year.',
    example: 'campaign',
  },
  'themes.year': {
    meaning:
      'An annual theme only: its year, or its school year written with the second year’s last two digits.',
    example: "'2024/25'",
  },
  'themes.months': {
    meaning:
      'A campaign only: the months it comes back in, as numbers from 1 (January) to 12, in calendar order. Month names in every language come from them.',
    example: '[9, 10]',
  },
  'themes.day': {
    meaning: 'A campaign on one day each year: the day of its one month.',
    example: '9',
  },
  'themes.link': {
    meaning: 'The theme’s or campaign’s official page (https only).',
    example: 'https://school-education.ec.europa.eu/en/etwinning',
  },
  'pages.menu': {
    meaning: 'Where the page is linked: the "About eTwinning" menu, or the footer of every page.',
    example: 'footer',
  },
  'countries.id': {
    meaning: 'The country’s two-letter ISO code; names in every language come from it.',
    example: 'TR',
  },
  'countries.programme': {
    meaning: 'eTwinning, or eTwinning Plus (neighbouring countries).',
    example: 'plus',
  },
  'countries.joined': {
    meaning: 'When the country started taking part: a day, or a year where only the year is known.',
    example: "'2009'",
  },
  'countries.left': {
    meaning: 'The last day (or year) it took part; after it the country is listed as a former one.',
    example: "'2020-12-31'",
  },
  'countries.organisations': {
    meaning:
      'The organisations that support schools in the country. Leave out what you do not know; never invent it.',
  },
  'countries.organisations[].type': {
    meaning: 'National Support Service, or Partner Support Agency (eTwinning Plus).',
    example: 'NSS',
  },
  'countries.organisations[].name': { meaning: 'The organisation’s official name.' },
  'countries.organisations[].website': { meaning: 'Its eTwinning web page.' },
  'countries.organisations[].email': { meaning: 'Its public contact address.' },
  'prizes.id': { meaning: 'The year of the prizes, as text.', example: "'2025'" },
  'prizes.categories': { meaning: 'The categories awarded that year.' },
  'prizes.categories[].category': { meaning: 'The prize category.', example: 'age-12-15' },
  'prizes.categories[].winners': {
    meaning: 'The winning projects, by the file name (slug) of their project page.',
    example: '[math-in-the-city]',
  },
  'labels.id': {
    meaning: 'The year in which the Central Support Service awarded these labels, as text.',
    example: "'2025'",
  },
  'labels.source': {
    meaning:
      'The web address (https) of the official list of that year on the European School Education Platform. Leave it out for sample lists.',
    example: 'https://school-education.ec.europa.eu/en/discover/news/european-quality-labels-2024',
  },
  'labels.labels': {
    meaning:
      'The projects that received the label that year: each one either a project of this portal (`project`) or one without a page here (`title` and `countries`).',
  },
  'labels.labels[].project': {
    meaning:
      'The file name (slug) of its project page. The project must say `qualityLabels.european: true`, have National Quality Labels in at least two countries and partners in at least two countries, and have started by that year; its title and countries come from its page.',
    example: 'water-around-us',
  },
  'labels.labels[].title': {
    meaning: 'The project’s title, for a project without a page on this portal (shown as text).',
    example: "'Water around us'",
  },
  'labels.labels[].countries': {
    meaning:
      'For a project without a page: the countries of its partner schools, at least two (a national project cannot have the label), as codes from `content/countries.json`.',
    example: '[AT, TR]',
  },
  'schools.id': {
    meaning:
      'The round, named after the two years its label is valid for; the second year follows the first.',
    example: "'2025-2026'",
  },
  'schools.source': {
    meaning:
      'The web address (https) of the official list of that round on the European School Education Platform. Leave it out for sample lists.',
    example:
      'https://school-education.ec.europa.eu/en/discover/news/meet-2025-2026-etwinning-school-label-awardees',
  },
  'schools.schools': {
    meaning: 'The schools awarded the eTwinning School label in that round; each one once.',
  },
  'schools.schools[].name': {
    meaning: 'The school’s name as it writes it. Sample rounds use placeholder names only.',
    example: "'Example Primary School'",
  },
  'schools.schools[].town': { meaning: 'Its town.', example: "'Example Town'" },
  'schools.schools[].country': {
    meaning: 'Its country, as a two-letter code from `content/countries.json`.',
    example: 'TR',
  },
};

/** Fields whose allowed values have English labels in src/i18n/strings/en.ts: key prefix. */
export const LABEL_KEYS: Readonly<Record<string, string>> = {
  'news.topic': 'topic.',
  'projects.subjects': 'subject.',
  'projects.competences': 'competence.',
  'kits.subjects': 'subject.',
  'kits.competences': 'competence.',
  'events.type': 'events.type.',
  'themes.kind': 'themes.kind.',
  'prizes.categories[].category': 'prizeCategory.',
};
