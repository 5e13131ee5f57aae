//! The root component: loads the matrix (with the host's custom data), then shows the widget
//! or what is wrong.

use std::rc::Rc;

use yew::prelude::*;

use super::data_error::DataErrorView;
use super::widget::Widget;
use crate::app::custom::{load_matrix, CustomInput};
use crate::app::i18n::Lang;
use crate::app::url::QueryParams;
use crate::app::view_model::ViewModel;
use crate::matrix::Date;

/// Where the widget lives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Its own page: the URL holds the state, back and forward work.
    #[default]
    Page,
    /// Inside a host page: the host's URL and history are never touched; the state comes from
    /// the element's attributes and changes are reported to the host.
    Embedded,
}

/// How much of the interface to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// Views, pickers, filters and export.
    #[default]
    Full,
    /// Only the verdicts of the given releases, for documentation pages.
    Compact,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query string the page was opened with, e.g. `?releases=rhel-6`.
    #[prop_or_default]
    pub query: AttrValue,
    /// Today, for "supported until"; the data's own date when not given.
    #[prop_or_default]
    pub today: Option<Date>,
    #[prop_or_default]
    pub mode: Mode,
    #[prop_or_default]
    pub layout: Layout,
    /// Told the state's link parameters after each change (the embedding's `change` event).
    #[prop_or_default]
    pub on_change: Option<Callback<QueryParams>>,
    /// Told what the view shows after each change (the embedding's `verdicts()`).
    #[prop_or_default]
    pub on_view: Option<Callback<Rc<ViewModel>>>,
    /// Data the host page adds to the built-in matrix (embedded mode only).
    #[prop_or_default]
    pub custom_data: Option<CustomInput>,
    /// The language when the link names none: the element's `lang` attribute, else the
    /// browser's language, else English.
    #[prop_or_default]
    pub lang: Lang,
    /// The address of the pv-matrix page that a link to the current view opens, without a
    /// query: the view's query goes after it ("Copy link"). On the project's own page, its own
    /// address. Embedded, the host's address does not carry the widget's view: embed.js passes
    /// `index.html` next to itself, or the element's `page` attribute. `None` (rendering
    /// without a browser) offers no link.
    #[prop_or_default]
    pub page_url: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Loaded once per distinct custom data; the widget and its children share the result.
    let loaded = use_memo(props.custom_data.clone(), |custom| {
        load_matrix(custom.as_ref())
    });
    match &*loaded {
        Ok(loaded) => html! {
            <Widget
                matrix={loaded.matrix.clone()}
                custom={loaded.custom.clone()}
                query={props.query.clone()}
                today={props.today.unwrap_or(loaded.matrix.data_as_of)}
                mode={props.mode}
                layout={props.layout}
                on_change={props.on_change.clone()}
                on_view={props.on_view.clone()}
                page_url={props.page_url.clone()}
                lang={props.lang}
            />
        },
        Err(error) => html! { <DataErrorView error={error.clone()} lang={props.lang} /> },
    }
}
