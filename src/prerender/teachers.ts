// Build-time rendering of the teachers' page, one per language: the lesson
// plans with answers computed by the core, the parameter table generated from
// the address parser's own lists, and the link builder's first state. The
// builder's data goes into the page as JSON (not a script: the CSP runs none
// inline), so the page's script needs neither rule sets nor i18next.

import { render } from 'svelte/server';
import LinkBuilder from '../teachers/LinkBuilder.svelte';
import TeachersPage from '../teachers/TeachersPage.svelte';
import { defaultClinic } from '../lib/clinic/fields.ts';
import { createEngine } from '../lib/engine/decide.ts';
import { RuleSetEvaluator } from '../lib/engine/evaluator.ts';
import { formatNumber, formatPercent, type Language } from '../lib/format/numbers.ts';
import { loadBundle } from '../lib/i18n/bundles.ts';
import { createI18n, translator } from '../lib/i18n/create.ts';
import { bundledCatalog } from '../lib/rules/bundled.ts';
import { builderData } from '../lib/teachers/builder.ts';
import { lessonFigures } from '../lib/teachers/lessons.ts';
import { TEACHER_NAMESPACES } from '../lib/teachers/namespaces.ts';
import { linkParameters } from '../lib/teachers/params.ts';
import { lessonPlans } from '../lib/teachers/text.ts';
import type { PrerenderedPage } from './render.ts';

// Read here, at build time, and not by the page (src/lib/i18n/bundles.ts leaves them out).
const TEACHER_STRINGS = import.meta.glob('../../locales/*/teachers.json', { import: 'default', eager: true }) as Record<string, Record<string, unknown>>;

export const BUILDER_SLOT = '<div id="link-builder"></div>';

export async function renderTeachersPage(language: Language): Promise<PrerenderedPage> {
  const t = translator(createI18n(language, { ...(await loadBundle(language, TEACHER_NAMESPACES)), teachers: TEACHER_STRINGS[`../../locales/${language}/teachers.json`] }));
  const catalog = bundledCatalog();
  const base = import.meta.env.BASE_URL;
  const figures = await lessonFigures({ catalog, evaluator: new RuleSetEvaluator({ createEngine }) });
  const clinic = defaultClinic();
  const intro = {
    listed: formatNumber(clinic.listedPatients, language),
    doctors: formatNumber(clinic.doctors, language, 1),
    named: formatPercent(clinic.namedDoctorShare, language),
  };
  const page = render(TeachersPage, {
    props: { t, language, base, intro, plans: lessonPlans(figures, t, language, base), params: linkParameters(catalog.ruleSets.map((r) => r.id)) },
  }).body;
  const data = builderData(catalog, t, language, base);
  const builder = render(LinkBuilder, { props: { data } }).body;
  if (!page.includes(BUILDER_SLOT)) throw new Error('the teachers’ page has no place for the link builder');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const html = page.replace(
    BUILDER_SLOT,
    () => `<div id="link-builder">${builder}</div><script type="application/json" id="builder-data">${json}</script>`,
  );
  return { html, title: t('teachers:documentTitle'), description: t('teachers:description') };
}
