//! The default page is prerendered: `examples/prerender.rs` writes the widget's own server-side
//! rendering of the default view into `index.html`, so the matrix is on screen as soon as the
//! HTML is, before the WebAssembly has arrived.
//!
//! The widget then renders the reader's view into a detached element and puts it in place of
//! the prerendered markup in one step ([`super::mount`]): no blank in between, one layout of
//! the finished table. It does not hydrate the markup in place: Yew's hydration costs 16 KB of
//! gzipped WebAssembly, fails on any difference in structure (another language, a query, a day
//! on which a release's support ended), and measured no faster than rendering afresh, since it
//! sets every attribute and text again.
//!
//! While the widget loads, a script in `index.html` hides the prerendered view when the reader
//! will see another one (a link with a query, a browser that prefers German) and shows the
//! loading note instead (`data-pvm-stale` on `<html>`; see `static/style.css`).

/// The attribute of the mount point that marks prerendered markup.
pub const ATTRIBUTE: &str = "data-prerendered";

/// The attribute of `<html>` that hides prerendered markup which is not the reader's view.
pub const STALE: &str = "data-pvm-stale";
