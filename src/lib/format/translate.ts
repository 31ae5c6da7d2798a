/**
 * A translation function, as i18next's `t` provides it: a key ("rules:facts.doctors")
 * and values to interpolate. The formatting modules take one as an argument so
 * they stay free of any particular i18n instance.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
