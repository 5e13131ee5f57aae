//! The root component: loads the matrix (with the host's custom data), then shows the widget
//! or what is wrong.

use std::rc::Rc;

use yew::prelude::*;

use super::data_error::DataErrorView;
use super::widget::Widget;
use super::{Words, WordsState};
use crate::app::custom::{load_complete, load_matrix, CustomInput};
use crate::app::i18n::Lang;
use crate::app::url::QueryParams;
use crate::app::view_model::ViewModel;
use crate::app::words::{self, Fetch};
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
    /// The address of the complete data bundle (`pv-matrix-data.txt`), fetched when a reader
    /// first needs the words the WebAssembly leaves out. `None`: none is offered.
    #[prop_or_default]
    pub data_url: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Loaded once per distinct custom data; the widget and its children share the result.
    let loaded = use_memo(props.custom_data.clone(), |custom| {
        load_matrix(custom.as_ref())
    });
    // The words, once a widget on the page asked for them: every widget hears when they come.
    let update = use_force_update();
    use_effect_with((), move |()| {
        let subscription = words::subscribe(Callback::from(move |()| update.force_update()));
        move || drop(subscription)
    });
    let (fetch, generation) = words::current();
    let complete = {
        let fetch = fetch.clone();
        use_memo(
            (props.custom_data.clone(), generation),
            move |(custom, _)| match &fetch {
                Fetch::Ready(bundle) => Some(load_complete(custom.as_ref(), bundle)),
                _ => None,
            },
        )
    };
    let state = match (&*loaded, &fetch, &*complete, &props.data_url) {
        // Natively the data has its words compiled in.
        (Ok(loaded), ..) if loaded.matrix.words => WordsState::Here,
        (_, _, Some(Ok(_)), _) => WordsState::Here,
        (_, _, Some(Err(why)), _) => WordsState::Failed(why.clone().into()),
        (_, Fetch::Failed(why), ..) => WordsState::Failed(why.to_string().into()),
        (_, Fetch::NotAsked, _, None) => WordsState::Failed(AttrValue::default()),
        _ => WordsState::Loading,
    };
    let url = props.data_url.clone();
    let words = Words {
        state,
        request: Callback::from(move |()| {
            if let Some(url) = &url {
                words::request(url);
            }
        }),
    };
    let complete = complete.as_ref().as_ref().and_then(|c| c.as_ref().ok());
    match &*loaded {
        Ok(loaded) => html! {
            <ContextProvider<Words> context={words}>
            <Widget
                matrix={loaded.matrix.clone()}
                words={complete.map(|c| c.matrix.clone())}
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
            </ContextProvider<Words>>
        },
        Err(error) => html! { <DataErrorView error={error.clone()} lang={props.lang} /> },
    }
}
