//! The page's few browser calls: the location's query string and the history.
//!
//! Only effects and `mount` call these, never a render, so components still render natively
//! (server-side rendering in tests) where no browser exists.

use gloo::events::EventListener;

use crate::matrix::Date;

/// Today's date in the browser's time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    text.parse().ok()
}

/// The current query string, e.g. `?releases=rhel-6`; empty when there is none.
pub fn location_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Adds a history entry with a new query string, keeping path and fragment.
pub fn push_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    // A failure here (e.g. a sandboxed iframe) only means the link does not follow.
    let _ = history.push_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}{query}{hash}")),
    );
}

/// Calls `on_change` with the new query string whenever the user goes back or forward.
pub fn on_history_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        on_change(location_query())
    }))
}

/// The element the page mounts into: `#pv-matrix`, else the body.
pub fn mount_point() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id("pv-matrix")
        .or_else(|| document.body().map(Into::into))
}
