/* Vårdpengen embed.js: sizes <iframe data-vardpengen> to its content, from height
 * reports by that frame's own window and src origin only (ours or pym.js's), clamped
 * to 100-20000 px. See README, "Embedding". Loaded twice, it listens once. ES2017. */
(function () {
  'use strict';
  if (window.__vardpengenEmbed) return;
  window.__vardpengenEmbed = true;
  var PYM = /^pymxPYMx[\w-]+xPYMxheightxPYMx(\d+(?:\.\d+)?)$/;
  var SELECTOR = 'iframe[data-vardpengen]';

  function originOf(frame) {
    try {
      var origin = new URL(frame.src).origin;
      return origin === 'null' ? '' : origin;
    } catch (error) {
      return '';
    }
  }

  // Asks a frame that reported before this script ran to report again. Not while it
  // still shows its first about:blank: the browser would warn on the host page.
  function ask(frame) {
    var origin = originOf(frame), win = frame.contentWindow;
    try {
      if (!win || win.location.href === 'about:blank') return;
    } catch (crossOrigin) {}
    if (origin) win.postMessage({ type: 'vardpengen:request-height' }, origin);
  }

  addEventListener('message', function (event) {
    var data = event.data, match = typeof data === 'string' && PYM.exec(data);
    var height = match ? +match[1] : data && data.type === 'vardpengen:height' && typeof data.height === 'number' ? data.height : NaN;
    if (!isFinite(height) || !event.source) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) && originOf(frame) === event.origin) {
        var px = Math.min(20000, Math.max(100, Math.ceil(height)));
        frame.height = String(px);
        frame.style.height = px + 'px';
      }
      return;
    }
  });

  document.addEventListener('load', function (event) {
    if (event.target.matches && event.target.matches(SELECTOR)) ask(event.target);
  }, true);
  [].forEach.call(document.querySelectorAll(SELECTOR), ask);
})();
