// The code for an AMP page: an amp-iframe that AMP resizes from the frame's
// {sentinel: "amp", type: "embed-size", height} messages (src/lib/embed/child.ts).
// AMP resizes it only with `resizable` and an `overflow` element the reader
// can press (it never moves the page under the reader's eyes), needs the
// frame's origin to differ from the AMP page's, and loads it sandboxed: the
// embed needs scripts, its own origin (it fetches its code and archived rules)
// and pop-ups for the link to the full explainer.

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const AMP_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export function ampEmbedCode(options: { src: string; title: string; height: number; overflowLabel: string }): string {
  const label = escapeAttribute(options.overflowLabel);
  return [
    `<amp-iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" width="auto" height="${Math.round(options.height)}" layout="fixed-height" sandbox="${AMP_SANDBOX}" frameborder="0" resizable>`,
    `  <div overflow tabindex="0" role="button" aria-label="${label}">${label}</div>`,
    '</amp-iframe>',
  ].join('\n');
}
