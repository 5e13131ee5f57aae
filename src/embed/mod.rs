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

use crate::app::crash;
use crate::app::custom::CustomInput;
use crate::app::export::table;
use crate::app::url::QueryParams;
use crate::app::view_model::ViewModel;
use crate::app::{browser, words, App, AppProps, Layout, Mode};

/// One widget inside one `<pv-matrix>` element.
#[wasm_bindgen]
pub struct EmbeddedWidget {
    handle: AppHandle<App>,
    host: web_sys::HtmlElement,
    /// Where Yew renders: a `div` of its own inside the element's mount. Yew never drops the
    /// event listeners it adds to a root (nor what they hold, the root among it), so on
    /// `destroy` this is emptied and detached: what stays behind is an empty `div`, not the
    /// element, its shadow tree and the widget's DOM.
    root: web_sys::Element,
    /// What the widget shows, as last reported, for `verdicts()`.
    shown: Rc<RefCell<Option<Rc<ViewModel>>>>,
    /// The complete data bundle beside embed.js.
    data_url: String,
}

#[wasm_bindgen]
impl EmbeddedWidget {
    /// Mounts a widget into `root` (inside the shadow root of `host`) for a query string built
    /// from the element's attributes. `compact` shows only the verdicts. `custom` is the host's
    /// custom data, if any: see [`custom_input`].
    // (Doc comments here go into the shipped JavaScript glue, so the rest is a plain comment.)
    // `page_url` is the address of the pv-matrix page that a link to the widget's view opens,
    // without a query: `index.html` next to embed.js, or the element's `page` attribute.
    // `data_url` is the complete data bundle's, next to embed.js.
    // `skip_jsdoc`: no generated parameter list in the glue either; embed.js is its one caller.
    #[wasm_bindgen(constructor, skip_jsdoc)]
    #[allow(clippy::too_many_arguments)] // One per attribute, in the order embed.js passes them.
    pub fn new(
        host: web_sys::HtmlElement,
        root: web_sys::Element,
        query: String,
        compact: bool,
        custom_label: Option<String>,
        custom_text: Option<String>,
        custom_error: Option<String>,
        page_url: String,
        data_url: String,
    ) -> EmbeddedWidget {
        let shown = Rc::default();
        let custom = custom_input(custom_label, custom_text, custom_error);
        let view = View {
            query,
            compact,
            custom,
            page_url,
        };
        let props = props(&host, &shown, view, &data_url);
        crash::install_panic_hook();
        let root = match root
            .owner_document()
            .and_then(|d| d.create_element("div").ok())
        {
            Some(inner) if root.append_child(&inner).is_ok() => inner,
            _ => root,
        };
        crash::register(&root);
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        EmbeddedWidget {
            handle,
            host,
            root,
            shown,
            data_url,
        }
    }

    /// Shows the state of a new query string or custom data (an attribute changed).
    // And a new page address: the arguments are those of `new` after `root`.
    #[wasm_bindgen(skip_jsdoc)]
    pub fn update(
        &mut self,
        query: String,
        compact: bool,
        custom_label: Option<String>,
        custom_text: Option<String>,
        custom_error: Option<String>,
        page_url: String,
    ) {
        let custom = custom_input(custom_label, custom_text, custom_error);
        let view = View {
            query,
            compact,
            custom,
            page_url,
        };
        let props = props(&self.host, &self.shown, view, &self.data_url);
        self.handle.update(props);
    }

    /// The verdicts on screen as JSON, the same as the JSON export: `{"data_as_of": ...,
    /// "rows": [{"release", "capability", "status", "verdict", "reason", "sources"}, ...]}`;
    /// `{}` before the widget has rendered. Reading them asks for the data's words, which the
    /// WebAssembly leaves out: until they came (a fetch of `pv-matrix-data.txt`), the sources'
    /// addresses are empty.
    pub fn verdicts(&self) -> String {
        words::request(&self.data_url);
        self.shown
            .borrow()
            .as_ref()
            .map_or_else(|| "{}".to_owned(), |model| table(model).to_json())
    }

    /// Removes the widget (the element left the page).
    pub fn destroy(self) {
        crash::unregister(&self.root);
        self.handle.destroy();
        // Yew keeps its root (see `root`): leave it nothing to hold on to.
        self.root.set_text_content(None);
        self.root.remove();
    }
}

/// The custom data as embed.js found it: `label` names where it came from (`#id` or a URL),
/// with its text or the reason it could not be read.
fn custom_input(
    label: Option<String>,
    text: Option<String>,
    error: Option<String>,
) -> Option<CustomInput> {
    let label = label?;
    let text = match (text, error) {
        (Some(text), None) => Ok(text.into()),
        (_, error) => Err(error.unwrap_or_default().into()),
    };
    Some(CustomInput {
        label: label.into(),
        text,
    })
}

/// What the element's attributes ask for.
struct View {
    query: String,
    compact: bool,
    custom: Option<CustomInput>,
    page_url: String,
}

fn props(
    host: &web_sys::HtmlElement,
    shown: &Rc<RefCell<Option<Rc<ViewModel>>>>,
    view: View,
    data_url: &str,
) -> AppProps {
    let View {
        query,
        compact,
        custom: custom_data,
        page_url,
    } = view;
    let host = host.clone();
    let shown = Rc::clone(shown);
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
        })),
        on_view: Some(Callback::from(move |model: Rc<ViewModel>| {
            *shown.borrow_mut() = Some(model);
        })),
        custom_data,
        page_url: Some(page_url.into()),
        data_url: Some(data_url.to_owned().into()),
    }
}
