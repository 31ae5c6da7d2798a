// Chart colours come from the page's CSS tokens, so light and dark themes
// restyle the canvas as they restyle the page. The tokens use light-dark(),
// which only an element's computed colour resolves: a hidden probe does that.

export interface ChartPalette {
  text: string;
  grid: string;
  series: string[];
  components: string[];
  marker: string;
}

export function readPalette(element: Element): ChartPalette {
  const probe = document.createElement('span');
  probe.hidden = true;
  element.parentElement?.appendChild(probe);
  const resolve = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const list = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => resolve(`${prefix}-${i}`));
  const palette = {
    text: resolve('--color-text'),
    grid: resolve('--color-grid'),
    series: list('--series', 4),
    components: list('--component', 9),
    marker: resolve('--color-marker'),
  };
  probe.remove();
  return palette;
}
