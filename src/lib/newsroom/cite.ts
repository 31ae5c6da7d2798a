// A citation of the current view, in plain text and in an APA-like form, in
// the page's language: what the view shows, every rule set in it with its
// version date and content hash (together they name the archived snapshot,
// public/rules/archive/<id>~<hash>.json), the date it was read and the link
// that opens the same view. Pure: the dialog (CiteDialog.svelte) passes the
// date and the address in.

import { formatNumber, INTL_LOCALES, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';

export interface CitedRuleSet {
  id: string;
  /** As the page names it (ruleSetName). */
  name: string;
  /** "rules as of": YYYY-MM-DD. */
  updated: string;
  contentHash: string;
}

export interface CitationInput {
  language: Language;
  /** The baseline first, then the comparisons. */
  ruleSets: readonly CitedRuleSet[];
  listedPatients: number;
  /** The day the view was read, YYYY-MM-DD. */
  accessed: string;
  /** The permalink: the address that opens this view. */
  url: string;
}

export interface Citation {
  plain: string;
  apa: string;
}

/** APA writes dates the American way in English ("February 3, 2026"). */
const APA_DATE_LOCALES: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-US' };

/** A day (YYYY-MM-DD) in words: "3 februari 2026", "February 3, 2026". */
export function longDate(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(APA_DATE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** The local calendar day of a moment, YYYY-MM-DD. */
export function isoDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** t must know the newsroom namespace. */
export function citation(input: CitationInput, t: Translate): Citation {
  const { language } = input;
  const names = new Intl.ListFormat(INTL_LOCALES[language], { type: 'conjunction' }).format(input.ruleSets.map((r) => r.name));
  const title = t('newsroom:cite.viewTitle', { listed: formatNumber(input.listedPatients, language), rules: names });
  const hash = (r: CitedRuleSet) => r.contentHash;
  const plainRuleSets = input.ruleSets.map((r) => t('newsroom:cite.ruleSet', { name: r.name, id: r.id, updated: r.updated, hash: hash(r) }));
  const apaRuleSets = input.ruleSets.map((r) => t('newsroom:cite.apaRuleSet', { name: r.name, id: r.id, updated: r.updated, hash: hash(r) }));
  return {
    plain: t('newsroom:cite.plainText', { title, ruleSets: plainRuleSets.join('; '), date: input.accessed, url: input.url }),
    apa: t('newsroom:cite.apaText', { title, ruleSets: apaRuleSets.join('; '), date: longDate(input.accessed, language), url: input.url }),
  };
}
