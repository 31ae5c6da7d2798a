import { mount } from 'svelte';
import App from './App.svelte';
import type { Language } from './lib/format/numbers.ts';
import { loadBundle } from './lib/i18n/bundles.ts';
import { bundledCatalog } from './lib/rules/bundled.ts';
import { AppState, appContext } from './lib/state/app.svelte.ts';
import './styles/global.css';

const language: Language = document.documentElement.lang === 'en' ? 'en' : 'sv';
const app = new AppState({ catalog: bundledCatalog(), language, bundle: await loadBundle(language), loadBundle });
const target = document.getElementById('app')!;
target.replaceChildren();
mount(App, { target, context: appContext(app) });
