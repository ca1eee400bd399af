/** Figures about eTwinning that the team can rely on (see docs/facts.md for their source). */
export const PORTAL_FACTS = {
  /** 36 eTwinning countries plus 8 eTwinning Plus countries. */
  countries: 44,
  /** "More than 1,500" eTwinning Ambassadors. */
  ambassadors: 1500,
  /** Launched in 2005 as the main action of the eLearning Programme. */
  launched: 2005,
} as const;
