//! The stateful widget: the state, its view model, and the layout of the views.

use std::rc::Rc;

use yew::prelude::*;

use super::compare_view::CompareView;
use super::custom_data_notice::CustomDataNotice;
use super::export_bar::ExportBar;
use super::filter_bar::FilterBar;
use super::glossary::Glossary;
use super::language_switch::LanguageSwitch;
use super::matrix_table::MatrixTable;
use super::minimum_view::MinimumView;
use super::release_option::Purpose;
use super::release_picker::ReleasePicker;
use super::system_check::SystemCheck;
use super::unknown_ids_notice::UnknownIdsNotice;
use super::view_tabs::ViewTabs;
use crate::app::browser;
use crate::app::custom::CustomReport;
use crate::app::custom::SharedMatrix;
use crate::app::hooks::{use_browser_sync, use_live_marker, use_view_model, use_widget_state};
use crate::app::i18n::{fill, Lang};
use crate::app::state::Action;
use crate::app::url::QueryParams;
use crate::app::view_model::{Body, ViewModel};
use crate::app::{Layout, Mode};
use crate::matrix::Date;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub matrix: SharedMatrix,
    /// The same matrix with its words, once they came (see `AppProps::data_url`).
    #[prop_or_default]
    pub words: Option<SharedMatrix>,
    /// The query string the page was opened with.
    pub query: AttrValue,
    pub today: Date,
    pub mode: Mode,
    pub layout: Layout,
    pub on_change: Option<Callback<QueryParams>>,
    pub on_view: Option<Callback<Rc<ViewModel>>>,
    /// What became of the host page's custom data, when it gave some: shown as a notice.
    #[prop_or_default]
    pub custom: Option<CustomReport>,
    /// The language when the link names none.
    pub lang: Lang,
    /// The address of the page a link to the view opens (see `AppProps::page_url`).
    pub page_url: Option<AttrValue>,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_widget_state(&props.matrix, props.words.as_ref(), &props.query);
    let dispatch = state.dispatcher();
    let lang = state.lang.unwrap_or(props.lang);
    let model = use_view_model(&state, props.today, lang, props.on_view.as_ref());
    let root = use_live_marker();
    let (mode, on_change) = (props.mode, props.on_change.as_ref());
    use_browser_sync(mode, &props.query, on_change, &state, lang);

    let compact = props.layout == Layout::Compact;
    let matrix = &props.matrix;
    let (open, today) = (state.open.clone(), props.today);
    let filters = (!compact).then(|| {
        html! {
            <FilterBar matrix={matrix.clone()} hypervisors={state.hypervisors.clone()}
                statuses={state.statuses.clone()} dispatch={dispatch.clone()} />
        }
    });
    let body = match &model.body {
        Body::Matrix { table } => html! {
            <>
                if !compact {
                    <ReleasePicker matrix={matrix.clone()} selected={state.selected.clone()}
                        purpose={Purpose::Matrix} dispatch={dispatch.clone()} {today} />
                }
                { filters }
                <MatrixTable table={table.clone()} {open} dispatch={dispatch.clone()} />
            </>
        },
        Body::System {
            input,
            table,
            matrix: with_matrix,
        } => html! {
            <>
                { filters }
                <SystemCheck text={AttrValue::from(state.kernel.clone())} input={input.clone()}
                    table={table.clone()} open={open.clone()} dispatch={dispatch.clone()} />
                if let Some(table) = with_matrix {
                    <MatrixTable table={table.clone()} {open} dispatch={dispatch.clone()} />
                }
            </>
        },
        Body::Compare { pairs, table } => html! {
            <>
                <ReleasePicker matrix={matrix.clone()} selected={state.compare.clone()}
                    purpose={Purpose::Compare} dispatch={dispatch.clone()} {today} />
                { filters }
                <CompareView pairs={pairs.clone()} table={table.clone()} only_differences={state.only_differences}
                    {open} dispatch={dispatch.clone()} />
            </>
        },
        Body::Minimum { rows } => html! {
            <MinimumView matrix={matrix.clone()} need={state.need.clone()} rows={rows.clone()}
                dispatch={dispatch.clone()} />
        },
    };
    let t = lang.texts();
    let open_glossary = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ShowGlossary(None)))
    };
    // One handler for every term link in the widget (`data-term`: descriptions, notes, the
    // glossary's own entries and index): it opens the glossary at the term's entry.
    let on_term = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(term) = browser::term_of(&event) {
                dispatch.dispatch(Action::ShowGlossary(Some(term)));
            }
        })
    };
    let link = props
        .page_url
        .as_ref()
        .zip(model.link_query.as_ref())
        .map(|(page, query)| AttrValue::from(format!("{page}{query}")));
    let embed = model
        .link_query
        .as_ref()
        .filter(|_| mode == Mode::Page && link.is_some())
        .map(|query| AttrValue::from(query.clone()));
    html! {
        <ContextProvider<Lang> context={lang}>
        <div ref={root} class={classes!("pvm", compact.then_some("pvm-compact"))} lang={lang.code()}
            onclick={on_term}>
            if let Some(custom) = &props.custom {
                <CustomDataNotice custom={custom.clone()} />
            }
            <UnknownIdsNotice items={state.unknown.clone()} dispatch={dispatch.clone()} />
            if !compact {
                <div class="pvm-top">
                    <ViewTabs view={state.view} dispatch={dispatch.clone()} />
                    <button type="button" class="pvm-link-button pvm-glossary-open" aria-haspopup="dialog"
                        onclick={open_glossary} data-glossary-open="">{ t.glossary_open }</button>
                    <LanguageSwitch dispatch={dispatch.clone()} />
                </div>
            }
            { body }
            <p class="pvm-visually-hidden" role="status" data-live-summary="">{ &model.live_summary }</p>
            if !compact {
                <ExportBar model={Rc::clone(&model)} name={format!("pv-matrix-{}", matrix.data_as_of)}
                    link={link.clone()} {embed} />
            } else if let Some(link) = &link {
                // In a documentation page: the rest of the interface is a click away.
                <p class="pvm-open-full"><a href={link.clone()} data-open-full="">{ t.open_full }</a></p>
            }
            <p class="pvm-as-of">{ fill(t.data_as_of, &[&lang.date(matrix.data_as_of)]) }</p>
            if let Some(term) = &state.glossary {
                // The state's matrix: the one with the words once they came.
                <Glossary matrix={state.matrix.clone()} term={term.clone()} dispatch={dispatch.clone()} />
            }
        </div>
        </ContextProvider<Lang>>
    }
}
