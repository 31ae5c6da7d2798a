// Light, dark, or the system's choice. "auto" follows prefers-color-scheme
// through CSS alone; an explicit choice (from ?theme= or a host page) is set
// as data-theme on the root element.

export type ThemeChoice = 'light' | 'dark' | 'auto';
export const THEMES: readonly ThemeChoice[] = ['light', 'dark', 'auto'];

export class ThemeState {
  choice = $state<ThemeChoice>('auto');

  constructor(choice: ThemeChoice = 'auto') {
    this.choice = choice;
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
  }
}
