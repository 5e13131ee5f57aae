//! The embedding layer: what `static/embed.js` (the `<pv-matrix>` custom element) calls.
//!
//! The element turns its attributes into a query string, the same language as the page's URL,
//! and mounts one widget per element inside its shadow root. Changes inside the widget are
//! reported to the host as a `pv-matrix-change` event; the verdicts on screen are readable as
//! JSON. Nothing here touches the host page's URL, history or globals.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback};

use crate::app::export::table;
use crate::app::state::State;
use crate::app::url::QueryParams;
use crate::app::{browser, App, AppProps, Layout, Mode};
use crate::matrix::builtin;

/// One widget inside one `<pv-matrix>` element.
#[wasm_bindgen]
pub struct EmbeddedWidget {
    handle: AppHandle<App>,
    host: web_sys::HtmlElement,
    /// The state's parameters as last reported, for `verdicts()`.
    current: Rc<RefCell<QueryParams>>,
}

#[wasm_bindgen]
impl EmbeddedWidget {
    /// Mounts a widget into `root` (inside the shadow root of `host`) for a query string built
    /// from the element's attributes. `compact` shows only the verdicts.
    #[wasm_bindgen(constructor)]
    pub fn new(
        host: web_sys::HtmlElement,
        root: web_sys::Element,
        query: String,
        compact: bool,
    ) -> EmbeddedWidget {
        let current = Rc::new(RefCell::new(QueryParams::parse(&query)));
        let props = props(&host, &current, query, compact);
        let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
        EmbeddedWidget {
            handle,
            host,
            current,
        }
    }

    /// Shows the state of a new query string (an attribute changed).
    pub fn update(&mut self, query: String, compact: bool) {
        let props = props(&self.host, &self.current, query, compact);
        self.handle.update(props);
    }

    /// The verdicts on screen as JSON: `{"data_as_of": ..., "rows": [{"release", "capability",
    /// "status", "verdict", "reason", "sources"}, ...]}`.
    pub fn verdicts(&self) -> String {
        let Ok(matrix) = builtin() else {
            return "{}".to_owned();
        };
        let state = State::from_query(matrix, &self.current.borrow());
        let today = browser::today().unwrap_or(matrix.data_as_of);
        let lang = state
            .lang
            .unwrap_or_else(|| browser::language().unwrap_or_default());
        table(&state, today, lang).to_json()
    }

    /// Removes the widget (the element left the page).
    pub fn destroy(self) {
        self.handle.destroy();
    }
}

fn props(
    host: &web_sys::HtmlElement,
    current: &Rc<RefCell<QueryParams>>,
    query: String,
    compact: bool,
) -> AppProps {
    let host = host.clone();
    let current = current.clone();
    AppProps {
        query: query.into(),
        today: browser::today(),
        mode: Mode::Embedded,
        layout: if compact {
            Layout::Compact
        } else {
            Layout::Full
        },
        // The element's `lang` attribute arrives in the query (`lang=de`); without it, the
        // reader's browser language decides.
        lang: browser::language().unwrap_or_default(),
        on_change: Some(Callback::from(move |params: QueryParams| {
            browser::dispatch_change(&host, &params);
            *current.borrow_mut() = params;
        })),
    }
}
