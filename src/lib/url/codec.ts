// The address holds the whole page state, so a copied link reproduces the
// same view and the same numbers. Reading is forgiving and never throws:
// unknown keys are ignored, numbers out of range are clamped, garbage falls
// back to the default, and every value is checked against a pattern or a
// list before it is used. Writing leaves out whatever is at its default.

import { displayBounds, fromDisplayNumber, toDisplayNumber } from '../clinic/display.ts';
import { CLINIC_FIELDS, FIELD_BY_ID, type ClinicFieldId } from '../clinic/fields.ts';
import { coerceFieldValue } from '../clinic/validate.ts';
import { LANGUAGES, type Language } from '../format/numbers.ts';
import { isPredictQuestion, type PredictQuestion } from '../predict/target.ts';
import { GP_RANGE, YEAR_RANGE } from '../region/inputs.ts';
import { clampToRange, defaultRegion, type RegionSnapshot } from '../state/region.svelte.ts';
import { defaultScenario, MAX_COMPARISONS, type ScenarioSnapshot } from '../state/scenario.svelte.ts';
import { THEMES, type ThemeChoice } from '../state/theme.svelte.ts';
import { defaultView, type TableView, type ViewSnapshot } from '../state/view.svelte.ts';
import { DEFAULT_HISTORY, HISTORY_KEYS } from '../years/keys.ts';
import { CLASSROOM_FLAGS, defaultEmbed, EMBED_FLAGS, PANELS, type EmbedSettings, type PanelId } from './embed.ts';

export interface PageState {
  scenario: ScenarioSnapshot;
  view: ViewSnapshot;
  /** The whole region's GPs and year (gps=, year=). */
  region: RegionSnapshot;
  language: Language;
  theme: ThemeChoice;
  embed: EmbedSettings;
  /** A teacher's "predict, then reveal" question (predict=pay|bonus); null for none. */
  predict: PredictQuestion | null;
}

/** The default view of the page in a language, with a scenario of the caller's (the default scenario when none is given). */
export function defaultPageState(language: Language, scenario: ScenarioSnapshot = defaultScenario()): PageState {
  return { scenario, view: defaultView(), region: defaultRegion(), language, theme: 'auto', embed: defaultEmbed(), predict: null };
}

export interface UrlContext {
  isKnownRuleSet(id: string): boolean;
  /** The language of the page the address is on (/ is Swedish, /en/ English). */
  defaultLanguage: Language;
}

export interface ParsedUrl {
  state: PageState;
  /** Rule sets the address names that do not exist (or failed to load); the page says so. */
  missingRuleSets: string[];
}

/** Short, readable keys for the clinic inputs. */
export const FIELD_URL_KEYS: Readonly<Record<ClinicFieldId, string>> = {
  listedPatients: 'listed',
  doctors: 'doctors',
  namedDoctorShare: 'named',
  shareAged0to4: 'age0_4',
  shareAged65to74: 'age65_74',
  shareAged75plus: 'age75',
  careNeedIndex: 'need',
  visitsPerListedPatient: 'visits',
  unlistedVisits: 'unlisted',
  extendedHoursPerWeek: 'hours',
  videoGroupVisits: 'video',
  narakutRatio: 'narakut',
  antibioticRatio: 'antibiotics',
};
const FIELD_BY_URL_KEY = new Map(Object.entries(FIELD_URL_KEYS).map(([id, key]) => [key, id as ClinicFieldId]));

const RULE_SET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const COMPONENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASH = /^[0-9a-f]{8}$/;
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LIST = 20;
const TABLES: readonly TableView[] = ['components', 'sweep', 'region', 'years'];

/** A comma list, trimmed, de-duplicated, each item matching a pattern, at most MAX_LIST long. */
function list(value: string | null, valid: (item: string) => boolean): string[] {
  if (!value) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length <= 80 && valid(item));
  return [...new Set(items)].slice(0, MAX_LIST);
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function parsePageUrl(search: string, context: UrlContext): ParsedUrl {
  const params = new URLSearchParams(search);
  const defaults = defaultScenario();
  const missing = new Set<string>();
  const known = (id: string) => {
    if (context.isKnownRuleSet(id)) return true;
    missing.add(id);
    return false;
  };

  const clinic = { ...defaults.clinic };
  for (const field of CLINIC_FIELDS) {
    const raw = params.get(FIELD_URL_KEYS[field.id]);
    if (raw === null) continue;
    const shown = Number(raw.trim());
    clinic[field.id] = Number.isFinite(shown) && raw.trim() !== '' ? coerceFieldValue(field, fromDisplayNumber(field, shown)) : field.default;
  }

  const baseParam = params.get('base');
  const baseline = baseParam && RULE_SET_ID.test(baseParam) && known(baseParam) ? baseParam : defaults.baseline;
  const cmpParam = params.get('cmp');
  const comparisons =
    cmpParam === null
      ? defaults.comparisons.filter((id) => id !== baseline && context.isKnownRuleSet(id))
      : list(cmpParam, (id) => RULE_SET_ID.test(id))
          .filter((id) => id !== baseline && known(id))
          .slice(0, MAX_COMPARISONS);
  const sweepField = FIELD_BY_URL_KEY.get(params.get('sweep') ?? '') ?? defaults.sweepField;

  const open = list(params.get('open'), (id) => COMPONENT_ID.test(id));
  const whyParam = params.get('why');
  const view: ViewSnapshot = {
    tables: list(params.get('tables'), (t) => TABLES.includes(t as TableView)) as TableView[],
    whyRuleSet: whyParam && RULE_SET_ID.test(whyParam) && context.isKnownRuleSet(whyParam) ? whyParam : null,
    openComponents: open.filter((id) => id !== 'howto'),
    howToRead: open.includes('howto'),
    history: oneOf(params.get('history'), HISTORY_KEYS, DEFAULT_HISTORY),
  };

  const region = defaultRegion();
  for (const [key, range] of [['gps', GP_RANGE], ['year', YEAR_RANGE]] as const) {
    const raw = params.get(key)?.trim();
    if (raw) region[key] = clampToRange(Number(raw), range, region[key]);
  }

  const embed = defaultEmbed();
  embed.enabled = params.get('embed') === '1';
  const panels = list(params.get('panels'), (p) => PANELS.includes(p as PanelId)) as PanelId[];
  if (panels.length) embed.panels = panels;
  for (const pin of list(params.get('pin'), (p) => /^[^~]+~[0-9a-f]{8}$/.test(p))) {
    const [id, hash] = pin.split('~');
    if (RULE_SET_ID.test(id) && HASH.test(hash)) embed.pins[id] = hash;
  }
  const childId = params.get('childId');
  embed.childId = childId && CHILD_ID.test(childId) ? childId : null;
  for (const flag of [...EMBED_FLAGS, ...CLASSROOM_FLAGS]) embed[flag] = params.get(flag) === '1';
  const predict = params.get('predict');

  return {
    state: {
      scenario: { clinic, baseline, comparisons, sweepField },
      view,
      region,
      language: oneOf(params.get('lang'), LANGUAGES, context.defaultLanguage),
      theme: oneOf(params.get('theme'), THEMES, 'auto'),
      embed,
      predict: isPredictQuestion(predict) ? predict : null,
    },
    missingRuleSets: [...missing],
  };
}

export interface SerializeOptions {
  defaultLanguage: Language;
  /** Write the embed parameters (embed, panels, pin, plain, transparent); off for the "open the full explainer" link. */
  embed: boolean;
}

/** The address's query for a state: "?listed=12000&cmp=…", or "" when everything is at its default. */
export function serializePageUrl(state: PageState, options: SerializeOptions): string {
  const params = new URLSearchParams();
  const defaults = defaultScenario();
  const { scenario, view } = state;
  for (const field of CLINIC_FIELDS) {
    const value = scenario.clinic[field.id];
    if (value !== field.default) params.set(FIELD_URL_KEYS[field.id], formatUrlNumber(field.id, value));
  }
  if (scenario.baseline !== defaults.baseline) params.set('base', scenario.baseline);
  if (scenario.comparisons.join(',') !== defaults.comparisons.filter((id) => id !== scenario.baseline).join(',')) {
    params.set('cmp', scenario.comparisons.join(','));
  }
  if (scenario.sweepField !== defaults.sweepField) params.set('sweep', FIELD_URL_KEYS[scenario.sweepField]);
  const base = defaultView();
  if (view.tables.length) params.set('tables', view.tables.join(','));
  if (view.whyRuleSet !== base.whyRuleSet && view.whyRuleSet) params.set('why', view.whyRuleSet);
  const open = [...(view.howToRead ? ['howto'] : []), ...view.openComponents];
  if (open.length) params.set('open', open.join(','));
  if (view.history !== base.history) params.set('history', view.history);
  const region = defaultRegion();
  if (state.region.gps !== region.gps) params.set('gps', String(state.region.gps));
  if (state.region.year !== region.year) params.set('year', String(state.region.year));
  if (state.language !== options.defaultLanguage) params.set('lang', state.language);
  if (state.theme !== 'auto') params.set('theme', state.theme);
  if (state.predict) params.set('predict', state.predict);
  for (const flag of CLASSROOM_FLAGS) if (state.embed[flag]) params.set(flag, '1');
  if (options.embed && state.embed.enabled) {
    params.set('embed', '1');
    params.set('panels', state.embed.panels.join(','));
    const pins = Object.entries(state.embed.pins).map(([id, hash]) => `${id}~${hash}`);
    if (pins.length) params.set('pin', pins.join(','));
    for (const flag of EMBED_FLAGS) if (state.embed[flag]) params.set(flag, '1');
  }
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%7E', '~');
  return query ? `?${query}` : '';
}

/** Shares as percentages, trimmed of float noise: named=62, need=1.15. */
function formatUrlNumber(id: ClinicFieldId, value: number): string {
  const field = FIELD_BY_ID[id];
  const decimals = (String(displayBounds(field).step).split('.')[1] ?? '').length;
  return String(Number(toDisplayNumber(field, value).toFixed(decimals)));
}
