// Printing the page as a worksheet. The print stylesheet (src/styles/print.css)
// does nearly everything; this covers what CSS cannot do in every browser.

/** Whether the browser can show a closed <details>'s content from CSS alone (::details-content). */
function cssOpensDetails(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('selector(::details-content)');
}

/**
 * Calls back just before the page prints (Ctrl+P or the button), and where CSS cannot print a closed
 * <details> open, opens them for the print and closes them again afterwards. Returns a function that
 * stops listening.
 */
export function preparePrinting(beforePrint: () => void = () => {}, afterPrint: () => void = () => {}): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    beforePrint();
    if (cssOpensDetails()) return;
    opened = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
    for (const details of opened) details.open = true;
  };
  const after = () => {
    for (const details of opened) details.open = false;
    opened = [];
    afterPrint();
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
