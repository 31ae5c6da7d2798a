// The whole region's two inputs, their ranges and defaults: apart from the
// data (data.ts) because the address's codec and the app's state need them
// before any panel's code. The defaults are the S plan's starting point
// (data.ts, GP_PLAN.from); test/unit/region.test.ts checks that they agree.

/** Full-time GPs in the county: the range reaches past what 1 100 residents each needs. */
export const GP_RANGE = { min: 500, max: 3000, step: 10 } as const;
/** The years of the S plan, 2024–2034. */
export const YEAR_RANGE = { min: 2024, max: 2034, step: 1 } as const;

export const DEFAULT_GPS = 1240;
export const DEFAULT_YEAR = 2024;
