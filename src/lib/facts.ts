/** Figures about eTwinning that the team can rely on (see docs/facts.md for their source). */
// The number of countries is not here: it is counted from content/countries.json (joined/left).
export const PORTAL_FACTS = {
  /** "More than 1,500" eTwinning Ambassadors. */
  ambassadors: 1500,
  /** Launched in 2005 as the main action of the eLearning Programme. */
  launched: 2005,
} as const;
