//! The root component: loads the embedded data, then shows the widget or what is wrong.

use yew::prelude::*;

use super::data_error::DataErrorView;
use super::widget::Widget;
use crate::app::custom::{self, CustomInput};
use crate::app::i18n::Lang;
use crate::app::url::QueryParams;
use crate::app::Shared;
use crate::matrix::{builtin, Date};

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
    /// Data the host page adds to the built-in matrix (embedded mode only).
    #[prop_or_default]
    pub custom_data: Option<CustomInput>,
    /// The language when the link names none: the element's `lang` attribute, else the
    /// browser's language, else English.
    #[prop_or_default]
    pub lang: Lang,
    /// The address of the pv-matrix page that a link to the current view opens, without a
    /// query: the view's query goes after it ("Copy link"). `None` on the project's own page,
    /// whose address that is. Embedded, the host's address does not carry the widget's view:
    /// embed.js passes `index.html` next to itself, or the element's `page` attribute.
    #[prop_or_default]
    pub page_url: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match builtin() {
        Ok(builtin) => {
            let custom = props
                .custom_data
                .as_ref()
                .map(|input| custom::load(builtin, input));
            let matrix = custom.map_or(builtin, |c| c.matrix(builtin));
            html! {
            <Widget
                matrix={Shared(matrix)}
                custom={custom.map(Shared)}
                query={props.query.clone()}
                today={props.today.unwrap_or(matrix.data_as_of)}
                mode={props.mode}
                layout={props.layout}
                on_change={props.on_change.clone()}
                lang={props.lang}
            />
            }
        }
        Err(error) => html! { <DataErrorView error={Shared(error)} lang={props.lang} /> },
    }
}
