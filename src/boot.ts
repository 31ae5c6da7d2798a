// The page's only eager script. The prerendered page shows the default view:
// when the address asks for exactly that, it is already right, and the app
// (which takes it over and makes it interactive) is fetched once the document
// has loaded and painted, not in competition with the first paint. When the
// address asks for anything else, the prerendered numbers would be wrong for
// it: they are hidden at once and the app starts straight away.

// The styles come with the page (inlined by the build), so the first paint is styled.
import './styles/global.css';
import './styles/print.css';
import './styles/region.css';
import './styles/newsroom.css';
import './styles/years.css';

const start = () => void import('./main.ts');
/**
 * After the page's first paint: a frame callback runs just before the browser paints, and a task
 * queued from it runs after. (Lighthouse counts every request that starts before the first paint as
 * holding it up, and on a phone they would compete with it.)
 */
const startAfterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));
const app = document.getElementById('app');
if (location.search.length > 1 && app?.dataset.prerendered) {
  app.dataset.pending = '';
  start();
} else if (document.readyState === 'complete') startAfterPaint();
else addEventListener('load', startAfterPaint, { once: true });
