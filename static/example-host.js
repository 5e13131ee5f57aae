// The few lines a host page adds: size the iframe to its content, and listen to the element.
window.addEventListener('message', (event) => {
  if (event.data?.type !== 'pv-matrix:height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});

document.addEventListener('pv-matrix-change', (event) => {
  const log = document.getElementById('change-log');
  if (log && event.target.id === 'compact-example') log.textContent = event.detail.query;
});
