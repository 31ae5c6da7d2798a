// The shape of a rule-set file in rules/*.json, as authored, and of a rule set
// once its `extends` chain and variant are resolved. The JSON Schema in
// rules/schema/rule-set.schema.json describes the same shape for editors and CI.

/** Prose that travels with a figure (a reason, a note) in both languages. */
export interface Bilingual {
  sv: string;
  en: string;
}

export type Language = keyof Bilingual;

export const UNITS = [
  'SEK',
  'SEK/year',
  'SEK/patient/year',
  'SEK/visit',
  'SEK/weekly-hour/year',
  'share',
  'ratio',
  'weight',
  'patients',
  'patients/doctor',
  'residents',
  'doctors',
  'visits/patient/year',
  'visits',
  'hours/week',
  'days',
] as const;
export type Unit = (typeof UNITS)[number];

/** Where a figure comes from. Exactly one of three kinds; see README "Provenance". */
export type Provenance = SourcedProvenance | DerivedProvenance | IllustrativeProvenance;

export interface SourcedProvenance {
  kind: 'sourced';
  /** An id in rules/sources.json. */
  source: string;
  /** Verbatim from the source (Swedish for the seeds); the figure appears in it. */
  quote: string;
  /** English gloss of a Swedish quote. */
  gloss?: string;
  /**
   * True when the "quote" is a summary of a report as given in public-figures.md, not the
   * report's own words: the page then says "Reported:" without quotation marks.
   */
  reported?: boolean;
  note?: Bilingual;
}

export interface DerivedProvenance {
  kind: 'derived';
  /** Arithmetic over other parameters of the same rule set, e.g. "a / b * 100";
   * "parent.x" is x as the extended rule set defines it. */
  formula: string;
  /** A document that supports the formula itself (why it is this sum), with a quote. */
  source?: string;
  quote?: string;
  gloss?: string;
  /** As for a sourced figure: the quote is a report's summary, not its words. */
  reported?: boolean;
  note?: Bilingual;
}

export interface IllustrativeProvenance {
  kind: 'illustrative';
  /** One sentence on why the value is plausible although no source gives it. */
  reason: Bilingual;
}

export interface ParameterDefinition {
  /** Literal value; absent for derived parameters, whose value the formula gives. */
  value?: number;
  unit: Unit;
  provenance: Provenance;
  /** A budget-level figure shown as context; it does not drive a clinic's pay. */
  context?: boolean;
  /**
   * The plausible low and high of a figure that no source fixes (every illustrative figure has
   * one), or the other readings of a sourced or derived one. The core swings each figure to its
   * ends to give every result its range (src/lib/engine/range.ts).
   */
  range?: [number, number];
  /** Why the range is what it is, in both languages. */
  rangeReason?: Bilingual;
  /**
   * The date the figure describes (YYYY or YYYY-MM), when a rule set for another year uses it:
   * the page then marks it as assumed for that year.
   */
  describes?: string;
  /**
   * This figure closes the year's budget (the pay nobody itemises). A year rule set works it
   * out for itself; a proposal carries the value of the year it extends, so that what a
   * proposal adds or moves shows in its total instead of being absorbed.
   */
  closesBudget?: boolean;
}

/** Something a source reports for a rule set that the model cannot express, said instead of invented. */
export interface NotModelled {
  /** The source that reports it. */
  source: string;
  text: Bilingual;
}

/**
 * A change that its source describes as moving money rather than adding it: the components
 * listed move kronor between them and, region-wide, must sum to no change (tested).
 */
export interface NeutralShift {
  /** The parameter whose change is the shift. */
  parameter: string;
  components: string[];
}

export const COMPARISON_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** A json-rules-engine condition whose threshold is a parameter, so it carries provenance. */
export interface LeafCondition {
  fact: string;
  operator: ComparisonOperator;
  value: { parameter: string };
}
export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition;
export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}

export interface ComponentDefinition {
  /** Stable id, also the i18n key of the component's name and explanation. */
  id: string;
  /** One of the closed set of formulas in src/lib/engine/formulas.ts. */
  formula: string;
  /** Formula role → parameter id. */
  parameters: Record<string, string>;
  /** The clinic fact a ratio formula reads (deductionAboveRatio). */
  fact?: string;
  /** When the component applies; absent means always. */
  when?: Condition;
}

export interface ContinuitySettings {
  /** Parameter holding Socialstyrelsen's guide value for patients per doctor. */
  guideValue?: string;
  /** Parameter holding the target share listed on a named doctor. */
  namedDoctorTarget?: string;
  /** Parameter holding the rule set's cap on listed patients per doctor. */
  patientCap?: string;
}

export type RuleSetKind = 'base' | 'year' | 'proposal';

/** The changes a rule set or variant makes over what it extends. */
export interface RuleSetChanges {
  parameters?: Record<string, ParameterDefinition>;
  /** Components added or replaced by id. */
  components?: ComponentDefinition[];
  removeComponents?: string[];
  continuity?: ContinuitySettings;
  /** What the sources report for this rule set that the model does not express. */
  notModelled?: NotModelled[];
  /** Changes described as budget-neutral. */
  neutralShifts?: NeutralShift[];
}

/** An alternative reading of a vague proposal: changes over the proposal itself. */
export type VariantDefinition = RuleSetChanges;

export interface RuleSetFile extends RuleSetChanges {
  $schema?: string;
  id: string;
  kind: RuleSetKind;
  /** When the rules took effect, or when the proposal was made: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** When this file's content last changed: "rules as of". */
  updated: string;
  /** Source id of the document the rule set is mainly built from. */
  mainSource?: string;
  extends?: string;
  variants?: Record<string, VariantDefinition>;
}

/** A parameter after resolution: its value is known, derived ones computed. */
export interface ResolvedParameter extends ParameterDefinition {
  id: string;
  value: number;
  /** True when the figure is illustrative or derived from an illustrative one. */
  illustrative: boolean;
  /** The rule set (or variant) whose definition this is, e.g. "stockholm-2021". */
  definedIn: string;
  /** Where that definition is written: file name and JSON path. */
  file: string;
  path: string;
  /** For a derived parameter: the value of every name its formula uses ("parent.x" included). */
  formulaInputs?: Record<string, number>;
}

/** A selectable rule set: a year, a proposal, or one reading (variant) of a proposal. */
export interface ResolvedRuleSet {
  /** "stockholm-2022", or "proposal-l-2022:target-90" for a variant. */
  id: string;
  fileId: string;
  variant?: string;
  kind: Exclude<RuleSetKind, 'base'>;
  date?: string;
  updated: string;
  mainSource?: string;
  /** Ids of the chain from the root, e.g. ["base-stockholm", "stockholm-2021", "stockholm-2022"]. */
  lineage: string[];
  parameters: Record<string, ResolvedParameter>;
  components: ComponentDefinition[];
  continuity: ContinuitySettings;
  /** The nearest year rule set in the lineage (itself for a year): whose budget this is measured against. */
  budgetYear: string;
  /** What the sources report and the model does not express, this rule set's own and inherited. */
  notModelled: (NotModelled & { definedIn: string; file?: string; path?: string })[];
  /** Budget-neutral shifts, this rule set's own (a proposal's or variant's). */
  neutralShifts: NeutralShift[];
  /** Hash of the resolved content; pins a rule set in embed links. */
  contentHash: string;
}

export interface SourceDocument {
  id: string;
  kind: 'seed' | 'public';
  /** The seed file name under rules/sources/seeds, for kind "seed". */
  file?: string;
  title: string;
  publisher: string;
  date: string;
  /** The figure was seen quoted by another outlet, not in the original. */
  secondHand?: boolean;
}
