// The explainer's stylesheets, for its two entries: the page's boot script (src/boot.ts) and the
// offline build's single bundle (src/offline.ts). The build inlines them into the page, so the
// first paint is styled.
import './global.css';
import './print.css';
import './region.css';
import './newsroom.css';
import './years.css';
