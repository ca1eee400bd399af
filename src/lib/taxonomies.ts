/**
 * Fixed vocabularies that editors pick from. Each id has a UI string (`topic.<id>`,
 * `subject.<id>`, …) in every locale, so labels are translated once, not per entry.
 */

export const TOPICS = [
  'community',
  'projects',
  'professional-development',
  'recognition',
  'inclusion',
  'digital-skills',
] as const;

export const SUBJECTS = [
  'foreign-languages',
  'mother-tongue',
  'mathematics',
  'science',
  'history',
  'geography',
  'arts',
  'music',
  'physical-education',
  'ict',
  'citizenship',
  'environment',
] as const;

/** The EU key competences for lifelong learning (2018). */
export const COMPETENCES = [
  'literacy',
  'multilingual',
  'stem',
  'digital',
  'learning-to-learn',
  'citizenship',
  'entrepreneurship',
  'cultural-awareness',
] as const;

export const EVENT_TYPES = ['learning-event', 'online-seminar', 'conference'] as const;

export const EVENT_FORMATS = ['online', 'on-site'] as const;

/** What a theme page is about: one year's (or school year's) annual theme, or a recurring campaign. */
export const THEME_KINDS = ['annual-theme', 'campaign'] as const;

/**
 * The European eTwinning Prizes since 2021: five age categories (early childhood education and
 * care up to 6, then 7–11, 12–15, 16–19, and initial vocational education and training), the
 * initial teacher education category since 2022, and special prizes that support services may
 * organise (European School Education Platform, "eTwinning European prizes").
 */
export const PRIZE_CATEGORIES = [
  'early-childhood',
  'age-7-11',
  'age-12-15',
  'age-16-19',
  'ivet',
  'initial-teacher-education',
  'special',
] as const;

/**
 * The groups of the help page (`help.group.<id>`), in the order they appear. Each group's id is
 * also its anchor on the page (`help/#registering`), the same in every locale.
 */
export const HELP_GROUPS = ['registering', 'partners', 'projects', 'labels', 'safety'] as const;

/** Age bands of the project browse pages: a project is listed under every band it overlaps. */
export const AGE_BANDS = [
  { id: '3-6', from: 3, to: 6 },
  { id: '7-11', from: 7, to: 11 },
  { id: '12-15', from: 12, to: 15 },
  { id: '16-19', from: 16, to: 19 },
] as const;

export type Topic = (typeof TOPICS)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Competence = (typeof COMPETENCES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type PrizeCategory = (typeof PRIZE_CATEGORIES)[number];
export type HelpGroup = (typeof HELP_GROUPS)[number];
export type ThemeKind = (typeof THEME_KINDS)[number];
