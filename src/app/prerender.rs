//! The default page is prerendered: `examples/prerender.rs` writes the widget's own server-side
//! rendering of the default view into `index.html`, so the matrix is on screen as soon as the
//! HTML is, before the WebAssembly has arrived.
//!
//! The widget then renders the reader's view into a detached element and puts it in place of
//! the prerendered markup in one step ([`replace`]): no blank in between, one layout of the
//! finished table. It does not hydrate the markup in place: Yew's hydration costs 16 KB of
//! gzipped WebAssembly, panics on any difference in structure (another language or query), and
//! measured no faster than rendering afresh, since it sets every attribute and text again.
//!
//! While the widget loads, a script in `index.html` marks `<html>` with `data-pvm-loading`: its
//! controls take no clicks yet (they would be lost in the swap), and when the reader will see
//! another view (a link with a query, a browser that prefers German) the prerendered one is
//! hidden behind the loading note, in the reader's language (`static/style.css`).

use super::{crash, App, AppProps, PRERENDERED};

/// The attribute of `<html>` while the widget loads: `view` when the prerendered view is the
/// reader's, else `en` or `de`, the language of the loading note shown instead.
pub const LOADING: &str = "data-pvm-loading";

/// Renders the widget for `props` into a detached element, and once Yew has rendered it, puts it
/// in place of the prerendered markup in `root`.
pub fn replace(root: web_sys::Element, props: AppProps) {
    let document = gloo::utils::document();
    let Ok(host) = document.create_element("div") else {
        return;
    };
    host.set_class_name("pvm-host");
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    // `render` queued Yew's first render on the microtask queue; this runs after it. That holds
    // at mount, when nothing of Yew's is scheduled yet (the scheduler does not yield while
    // renders are pending); later, "Embed this view" waits for the widget's first view instead.
    yew::platform::spawn_local(async move {
        // A panic in that render has put the error state in the mount point: leave it there.
        if crash::has_crashed(&root) {
            return;
        }
        root.replace_children_with_node_1(&host);
        let _ = root.remove_attribute(PRERENDERED);
        if let Some(html) = document.document_element() {
            let _ = html.remove_attribute(LOADING);
        }
    });
}
