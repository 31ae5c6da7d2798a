// The offline build's entry (scripts/build-offline.ts): the explainer's styles and the app in one
// bundle, started at once (the offline page has no prerendered markup to paint first).
import './styles/page.ts';
import './main.ts';
