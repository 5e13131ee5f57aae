// Scripts the benchmarks put into a page before its own (`page.addInitScript`).

/**
 * Records when the first verdict cell appears (`window.__firstCell`, prerendered or not), when
 * the widget is live (`window.__live`: rendered by the WebAssembly), and the wasm's memory
 * (`window.__wasmMemory`), in ms from navigation start, on any page.
 */
export const FIRST_CELL_PROBE = `
  new MutationObserver((_, observer) => {
    if (window.__firstCell === undefined && document.querySelector('td[data-status]')) {
      window.__firstCell = performance.now();
    }
    if (document.querySelector('.pvm[data-live]')) {
      window.__live = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
`;
