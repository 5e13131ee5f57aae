//! The stateful widget: the state, its sync with the URL, and the layout of the views.

use std::rc::Rc;

use yew::prelude::*;

use super::compare_view::CompareView;
use super::custom_data_notice::CustomDataNotice;
use super::export_bar::ExportBar;
use super::filter_bar::FilterBar;
use super::language_switch::LanguageSwitch;
use super::legend::Legend;
use super::matrix_table::MatrixTable;
use super::minimum_view::MinimumView;
use super::release_picker::ReleasePicker;
use super::selection_bar::SelectionBar;
use super::system_check::SystemCheck;
use super::unknown_ids_notice::UnknownIdsNotice;
use super::view_tabs::ViewTabs;
use crate::app::browser::{self, HistoryEntry};
use crate::app::custom::CustomData;
use crate::app::export::table;
use crate::app::filter::shown_capabilities;
use crate::app::grid::{release_grid, SharedGrid};
use crate::app::handlers::Handlers;
use crate::app::i18n::{fill, Lang};
use crate::app::state::{Action, State, View};
use crate::app::url::QueryParams;
use crate::app::{Layout, Mode, Shared};
use crate::matrix::{Date, Matrix};

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub matrix: Shared<Matrix>,
    /// The query string the page was opened with.
    pub query: AttrValue,
    pub today: Date,
    pub mode: Mode,
    pub layout: Layout,
    pub on_change: Option<Callback<QueryParams>>,
    /// The host page's custom data, when it gave some: shown as a notice.
    #[prop_or_default]
    pub custom: Option<Shared<CustomData>>,
    /// The language when the link names none.
    pub lang: Lang,
}

/// Wraps static references for props that compare by identity.
fn shared<T>(items: &[&'static T]) -> Vec<Shared<T>> {
    items.iter().map(|item| Shared(*item)).collect()
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let matrix = props.matrix.0;
    let today = props.today;
    let state = {
        let query = props.query.clone();
        use_reducer(move || State::from_query(matrix, &QueryParams::parse(&query)))
    };

    let mode = props.mode;
    // Marks the root as live once the WebAssembly has rendered it: a prerendered copy of the page
    // looks the same but does nothing (tests and the benchmark wait for this mark).
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |()| {
            if let Some(element) = root.cast::<web_sys::Element>() {
                let _ = element.set_attribute("data-live", "");
            }
        });
    }
    // On its own page the URL follows the state. A change that came from the URL itself writes
    // nothing; typing in the kernel input rewrites the current entry instead of adding one per
    // keystroke. Embedded, the host's URL is never touched and the host is told instead.
    {
        let on_change = props.on_change.clone();
        use_effect_with(state.to_params(), move |params| {
            if let Some(on_change) = on_change {
                on_change.emit(params.clone());
            }
            if mode == Mode::Page {
                let current = QueryParams::parse(&browser::location_query());
                let current = State::from_query(matrix, &current).to_params();
                if current != *params {
                    let typing = QueryParams {
                        kernel: None,
                        ..current
                    } == QueryParams {
                        kernel: None,
                        ..params.clone()
                    };
                    let entry = if typing {
                        HistoryEntry::Replace
                    } else {
                        HistoryEntry::Push
                    };
                    browser::write_query(&params.to_query(), entry);
                }
            }
        });
    }
    // On its own page, the page around the widget speaks the widget's language too.
    let lang = state.lang.unwrap_or(props.lang);
    use_effect_with(lang, move |lang| {
        if mode == Mode::Page {
            browser::localise_page(*lang);
        }
    });
    // Back and forward restore the state of that entry (on its own page only).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let listener = (mode == Mode::Page).then(|| {
                browser::on_history_change(move |query| {
                    dispatcher.dispatch(Action::Load(QueryParams::parse(&query)));
                })
            });
            move || drop(listener)
        });
    }
    // Embedded, changed attributes arrive as a new query: load it.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.query.clone(), move |query| {
            if mode == Mode::Embedded {
                dispatcher.dispatch(Action::Load(QueryParams::parse(query)));
            }
        });
    }

    // Made once: callbacks that stay the same let unchanged children skip rendering.
    let handlers = {
        let dispatcher = state.dispatcher();
        use_memo((), move |()| Handlers::new(dispatcher))
    };
    let Handlers {
        on_toggle,
        on_toggle_compare,
        on_kernel,
        on_need,
        on_hypervisor,
        on_status,
        on_clear,
        on_clear_compare,
        on_dismiss,
        on_view,
        on_open,
        on_lang,
    } = (*handlers).clone();
    let t = lang.texts();

    let ids = |releases: &[&'static crate::matrix::Release]| -> Vec<AttrValue> {
        releases
            .iter()
            .map(|r| AttrValue::from(r.id.clone()))
            .collect()
    };
    let compact = props.layout == Layout::Compact;
    let filters = if compact {
        html! {}
    } else {
        html! {
            <FilterBar matrix={props.matrix} hypervisors={state.hypervisors.clone()}
                statuses={state.statuses.clone()} {on_hypervisor} {on_status} />
        }
    };
    let matrix_of = |releases: &[&'static crate::matrix::Release]| {
        let capabilities = shown_capabilities(&state, releases);
        let grid = release_grid(lang, releases, &capabilities, today);
        let (statuses, uncertain) = grid.statuses();
        html! {
            <>
                <Legend {statuses} {uncertain} />
                <MatrixTable matrix={props.matrix} grid={SharedGrid(Rc::new(grid))}
                    open={state.open.clone()} on_open={on_open.clone()} />
            </>
        }
    };

    let body = match state.view {
        View::Matrix if compact => matrix_of(&state.selected),
        View::Matrix => html! {
            <>
                <div class="pvm-controls">
                    <ReleasePicker matrix={props.matrix} selected={ids(&state.selected)} on_toggle={on_toggle.clone()} {today} />
                    <SelectionBar matrix={props.matrix} selected={ids(&state.selected)} {on_toggle} {on_clear} />
                </div>
                { filters }
                { matrix_of(&state.selected) }
            </>
        },
        View::System => html! {
            <>
                { filters }
                <SystemCheck matrix={props.matrix} text={AttrValue::from(state.kernel.clone())} on_change={on_kernel}
                    capabilities={shared(&shown_capabilities(&state, &[]))} {today}
                    open={state.open.clone()} on_open={on_open.clone()} />
                if state.system_with_matrix && !state.selected.is_empty() {
                    { matrix_of(&state.selected) }
                }
            </>
        },
        View::Compare => html! {
            <>
                { filters }
                <CompareView matrix={props.matrix} releases={shared(&state.compare)}
                    capabilities={shared(&shown_capabilities(&state, &state.compare))}
                    on_toggle={on_toggle_compare} on_clear={on_clear_compare} {today}
                    open={state.open.clone()} on_open={on_open.clone()} />
            </>
        },
        View::Minimum => html! {
            <MinimumView matrix={props.matrix} need={shared(&state.need)} on_toggle={on_need} {today} />
        },
    };

    html! {
        <ContextProvider<Lang> context={lang}>
        <div ref={root} class={classes!("pvm", compact.then_some("pvm-compact"))} lang={lang.code()}>
            if let Some(custom) = props.custom {
                <CustomDataNotice {custom} />
            }
            <UnknownIdsNotice items={state.unknown.clone()} {on_dismiss} />
            if !compact {
                <div class="pvm-top">
                    <ViewTabs view={state.view} on_select={on_view} />
                    <LanguageSwitch on_select={on_lang} />
                </div>
            }
            { body }
            <p class="pvm-visually-hidden" role="status" data-live-summary="">{ live_summary(&state, lang) }</p>
            if !compact {
                <ExportBar table={{
                    let state = state.clone();
                    Callback::from(move |()| table(&state, today, lang))
                }} name={format!("pv-matrix-{}", matrix.data_as_of)} />
            }
            <p class="pvm-as-of">
                { fill(t.data_as_of, &[&lang.date(matrix.data_as_of)]) }
            </p>
        </div>
        </ContextProvider<Lang>>
    }
}

/// One sentence for screen readers about what the view shows now, announced when it changes.
fn live_summary(state: &State, lang: Lang) -> String {
    let t = lang.texts();
    let releases = match state.view {
        View::Matrix => &state.selected,
        View::Compare => &state.compare,
        View::System | View::Minimum => return String::new(),
    };
    let capabilities = shown_capabilities(state, releases).len();
    fill(
        t.live_matrix,
        &[&releases.len().to_string(), &capabilities.to_string()],
    )
}
