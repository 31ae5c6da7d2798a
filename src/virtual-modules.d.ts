declare module 'virtual:vardpengen/rules' {
  import type { BrokenRuleSet } from './lib/rules/catalog.ts';
  import type { RuleSetFileText } from './lib/rules/read-files.ts';
  /** Every rule file that parses, without indentation. */
  export const files: RuleSetFileText[];
  /** The rule sets the build's checks found broken, with their problems. */
  export const broken: BrokenRuleSet[];
  /** The content hash of every rule set that loads, by id. */
  export const hashes: Record<string, string>;
}

declare module 'virtual:vardpengen/rule-texts' {
  import type { RuleFileTexts } from './lib/rules/texts.ts';
  /** Each rule file's prose (quotes, notes, reasons), by file name. */
  export const texts: Record<string, RuleFileTexts>;
}
