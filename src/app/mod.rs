//! The Yew user interface: state, URL handling, wording, and one component per file.
//!
//! Data flows one way: URL or attributes -> state -> view model (evaluation by the core) ->
//! components, exports and the embedding's verdicts; user actions -> reducer -> state -> URL.
//! docs/architecture.md walks through it with the file for each step.

pub mod browser;
pub mod components;
pub mod crash;
pub mod custom;
pub mod export;
pub mod grid;
pub mod hooks;
pub mod i18n;
pub mod prerender;
pub mod snippet;
pub mod state;
pub mod text;
pub mod url;
pub mod view_model;
pub mod words;

pub use components::app::{App, AppProps, Layout, Mode};

/// The attribute of the mount point that marks prerendered markup (`prerender.rs`); the crash
/// state takes it off, so that the page's loading styles do not hide the message.
pub const PRERENDERED: &str = "data-prerendered";

/// Mounts the page into `[data-pv-matrix-page]`, reading its state from the location's query
/// string; does nothing on a page without that element.
pub fn mount() {
    // The page loads the module without waiting for the (prerendered, long) HTML to be parsed,
    // so that compiling the WebAssembly overlaps parsing; the mount point must be complete.
    let document = gloo::utils::document();
    if document.ready_state() == "loading" {
        gloo::events::EventListener::once(&document, "DOMContentLoaded", |_| mount_now()).forget();
    } else {
        mount_now();
    }
}

fn mount_now() {
    // Only the project's own page has the mount point: loaded by an embedding page for its
    // custom elements, the module must not take over that page.
    let Some(root) = browser::mount_point() else {
        return;
    };
    crash::install_panic_hook();
    crash::register(&root);
    let props = AppProps {
        query: browser::location_query().into(),
        today: browser::today(),
        mode: Mode::Page,
        layout: Layout::Full,
        on_change: None,
        custom_data: None,
        on_view: None,
        lang: browser::language().unwrap_or_default(),
        page_url: browser::page_address().map(Into::into),
        // Beside the page.
        data_url: Some(crate::matrix::embedded::BUNDLE_FILE.into()),
    };
    if root.has_attribute(PRERENDERED) {
        prerender::replace(root, props);
    } else {
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
