// The figures "Year by year" can follow, by their short names in the address
// (history=cap). Apart from the history itself (history.ts) because the
// address's codec needs them in the page's first view; keep this file tiny.

export const HISTORY_KEYS = ['bonus', 'target', 'cap', 'narakut', 'listing', 'budget'] as const;
export type HistoryKey = (typeof HISTORY_KEYS)[number];
export const DEFAULT_HISTORY: HistoryKey = 'bonus';
