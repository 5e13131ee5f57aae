// The hostile host page the embedding tests share: its fixtures, served beside the bundle, and the
// strict Content-Security-Policy it is served with (no inline script or style anywhere).
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export const FIXTURES = Object.fromEntries(
  ['hostile.html', 'hostile.css', 'hostile.js', 'globals-before.js'].map((f) => [`/${f}`, `e2e/fixtures/${f}`]),
);
