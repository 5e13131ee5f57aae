// The iframe embedding: embed.html?releases=...&compact puts one <pv-matrix> on the page, with
// the frame's query parameters as its attributes, and tells the parent page its height:
//   window.postMessage({ type: 'pv-matrix:height', height }, '*')
// (see docs/embedding.md for the few lines a host adds to size the iframe).
import './embed.js';

const params = new URLSearchParams(location.search);
const element = document.createElement('pv-matrix');
// Exactly the element's own attributes, custom-data and page included, and no others: a
// parameter such as `onmouseover` must not become an attribute (it would run as script). The
// element's `page` defaults to index.html next to this file, so "Copy link" opens the pv-matrix
// page, not the host's.
const attributes = customElements.get('pv-matrix').observedAttributes;
for (const [name, value] of params) {
  if (attributes.includes(name)) element.setAttribute(name, value);
}
document.body.append(element);

// The host page's theme toggle, posted to the frame:
//   iframe.contentWindow.postMessage({ type: 'pv-matrix:theme', theme: 'dark' }, '*')
// (`light`, `dark`, or `auto` for the reader's preference). Only the parent page is heard.
window.addEventListener('message', (event) => {
  const { type, theme } = event.data ?? {};
  if (event.source !== window.parent || type !== 'pv-matrix:theme') return;
  if (theme === 'light' || theme === 'dark') element.setAttribute('theme', theme);
  else if (theme === 'auto') element.removeAttribute('theme');
});

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'pv-matrix:height', height }, '*');
  }
}).observe(document.documentElement);
