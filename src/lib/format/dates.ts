// Dates of the data and of the rules as a reader writes them, as precise as
// they are given: "2022", "Nov 2018" / "nov. 2018", "31 Dec 2024" / "31 dec. 2024".

import { INTL_LOCALES, type Language } from './numbers.ts';

/** Each Intl.DateTimeFormat made once: making one costs more than formatting with it, and panels format every source's date. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** YYYY, YYYY-MM or YYYY-MM-DD in words, in UTC. */
export function formatShortDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const key = `${language}${day ? ' day' : ''}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
    formats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALES[language], options)));
  }
  return format.format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}
