// How the visitor has arranged the page: charts shown as tables, the rule
// set and components open in "Why these amounts", the "how to read" note,
// the figure "Year by year" follows.
// Kept in state (not in the components) so that a link reproduces it.

import { DEFAULT_HISTORY, type HistoryKey } from '../years/keys.ts';

export type TableView = 'components' | 'sweep' | 'region' | 'years';

export interface ViewSnapshot {
  tables: TableView[];
  whyRuleSet: string | null;
  openComponents: string[];
  howToRead: boolean;
  /** The figure whose history "Year by year" shows (history=). */
  history: HistoryKey;
}

export function defaultView(): ViewSnapshot {
  return { tables: [], whyRuleSet: null, openComponents: [], howToRead: false, history: DEFAULT_HISTORY };
}

export class ViewState {
  tables = $state<TableView[]>([]);
  whyRuleSet = $state<string | null>(null);
  openComponents = $state<string[]>([]);
  howToRead = $state(false);
  history = $state<HistoryKey>(DEFAULT_HISTORY);

  constructor(initial: ViewSnapshot = defaultView()) {
    this.restore(initial);
  }

  isTable(table: TableView): boolean {
    return this.tables.includes(table);
  }

  toggleTable(table: TableView): void {
    this.tables = this.isTable(table) ? this.tables.filter((t) => t !== table) : [...this.tables, table];
  }

  setComponentOpen(id: string, open: boolean): void {
    if (open === this.openComponents.includes(id)) return;
    this.openComponents = open ? [...this.openComponents, id] : this.openComponents.filter((c) => c !== id);
  }

  snapshot(): ViewSnapshot {
    return {
      tables: [...this.tables],
      whyRuleSet: this.whyRuleSet,
      openComponents: [...this.openComponents],
      howToRead: this.howToRead,
      history: this.history,
    };
  }

  restore(snapshot: ViewSnapshot): void {
    this.tables = [...snapshot.tables];
    this.whyRuleSet = snapshot.whyRuleSet;
    this.openComponents = [...snapshot.openComponents];
    this.howToRead = snapshot.howToRead;
    this.history = snapshot.history;
  }
}
