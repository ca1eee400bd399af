/**
 * European Quality Label lists (content/labels.json): the conditions the data can show, checked
 * against the projects they name, and lookups. The conditions (European School Education
 * Platform, "European Quality Label"): the project has partners with a National Quality Label
 * in at least two countries, and a national project cannot have the label.
 */
import type { LabelYearData } from './schemas.ts';

/** What a label's conditions need to know about a project (its front matter). */
export interface LabelledProject {
  readonly partners: readonly { readonly country: string }[];
  readonly start: Date;
  readonly qualityLabels: { readonly national: readonly string[]; readonly european: boolean };
}

/** A year of labels as the content layer or the content gate holds it. */
export interface LabelYear {
  readonly id: string;
  readonly data: Pick<LabelYearData, 'labels'>;
}

/** One problem of content/labels.json: the entry (its index in the list), the field, what is wrong. */
export interface LabelProblem {
  readonly index: number;
  readonly field: string;
  readonly message: string;
}

/** Why a project cannot carry this year's label, or undefined when it can. */
function projectProblem(
  slug: string,
  year: string,
  project: LabelledProject | undefined,
): string | undefined {
  if (!project)
    return `"${slug}" is not a project (expected a file name in content/projects/<locale>/)`;
  const countries = new Set(project.partners.map((p) => p.country));
  if (countries.size < 2)
    return `"${slug}" is a national project (all partner schools in ${[...countries].join(', ')}): a national project cannot have the European Quality Label`;
  if (!project.qualityLabels.european)
    return `"${slug}" does not say it has the label: set "qualityLabels.european: true" in content/projects/<locale>/${slug}.md, or remove this entry`;
  const national = new Set(project.qualityLabels.national);
  if (national.size < 2)
    return `"${slug}" has National Quality Labels in ${national.size === 0 ? 'no country' : `one country only (${[...national].join(', ')})`}: the European Quality Label needs them in at least two (field "qualityLabels.national" of its page)`;
  const started = project.start.getUTCFullYear();
  if (started > Number(year))
    return `"${slug}" started in ${started}, after ${year}: a project gets the label after it has run`;
  return undefined;
}

/**
 * Every label that names a project which does not exist or cannot carry the label.
 * @example labelProblems([{ id: '2025', data: { labels: [{ project: 'x' }] } }], new Map()) // [{ index: 0, field: 'labels[0].project', message: '"x" is not a project …' }]
 */
export function labelProblems(
  years: readonly LabelYear[],
  projects: ReadonlyMap<string, LabelledProject>,
): LabelProblem[] {
  return years.flatMap((year, index) =>
    year.data.labels.flatMap((label, l) => {
      if (label.project === undefined) return [];
      const message = projectProblem(label.project, year.id, projects.get(label.project));
      return message ? [{ index, field: `labels[${l}].project`, message }] : [];
    }),
  );
}

/** A problem as one line for editors, e.g. `content/labels.json — [0].labels[1].project: …`. */
export function formatLabelProblem(file: string, problem: LabelProblem): string {
  return `${file} — [${problem.index}].${problem.field}: ${problem.message}`;
}

/** The years in which a project got the European Quality Label, newest first. */
export function labelYearsOf(years: readonly LabelYear[], slug: string): string[] {
  return years
    .filter((year) => year.data.labels.some((label) => label.project === slug))
    .map((year) => year.id)
    .sort((a, b) => b.localeCompare(a));
}

/** The official page of the European Quality Label, where the real lists are announced. */
export const OFFICIAL_LABEL_PAGE =
  'https://school-education.ec.europa.eu/en/etwinning/labels/european-quality-label';
