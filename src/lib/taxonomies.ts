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

export const PRIZE_CATEGORIES = ['age-up-to-11', 'age-12-15', 'age-16-19', 'special'] as const;

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
