//! The widget's hooks: its state and view model, and its ties to the browser (the live marker,
//! the URL and history on its own page, the host's attributes and events when embedded).

use std::rc::Rc;

use yew::prelude::*;

use super::browser::{self, HistoryEntry};
use super::custom::SharedMatrix;
use super::i18n::Lang;
use super::state::{Action, State};
use super::url::QueryParams;
use super::view_model::ViewModel;
use super::Mode;
use crate::matrix::Date;

/// The widget's state, read from the query it was opened with (on its own page the link,
/// embedded the element's attributes); new custom data (a new matrix) reads that query again
/// against the new matrix. `words` is the same matrix with its words, once they came.
#[hook]
pub fn use_widget_state(
    matrix: &SharedMatrix,
    words: Option<&SharedMatrix>,
    query: &AttrValue,
) -> UseReducerHandle<State> {
    let state = {
        let (matrix, query) = (matrix.clone(), query.clone());
        use_reducer(move || State::from_query(matrix, &QueryParams::parse(&query)))
    };
    let dispatch = state.dispatcher();
    let query = query.clone();
    {
        let dispatch = dispatch.clone();
        use_effect_with(matrix.clone(), move |matrix| {
            let params = QueryParams::parse(&query);
            dispatch.dispatch(Action::UseMatrix(matrix.clone(), params));
        });
    }
    // After the matrix's own effect: words for new custom data follow its new matrix.
    use_effect_with(words.cloned(), move |words| {
        if let Some(words) = words {
            dispatch.dispatch(Action::AddWords(words.clone()));
        }
    });
    state
}

/// What the view shows, derived again only when what is shown changes (not for an opened cell
/// or a dismissed notice); `on_view` hears of each new one (the embedding's `verdicts()`).
#[hook]
pub fn use_view_model(
    state: &UseReducerHandle<State>,
    today: Date,
    lang: Lang,
    on_view: Option<&Callback<Rc<ViewModel>>>,
) -> Rc<ViewModel> {
    let model = use_memo((state.shown(), today, lang), |(shown, today, lang)| {
        ViewModel::of(shown, *today, *lang)
    });
    let on_view = on_view.cloned();
    use_effect_with(Rc::clone(&model), move |model| {
        if let Some(on_view) = on_view {
            on_view.emit(Rc::clone(model));
        }
    });
    model
}

/// Marks the root as live once the WebAssembly has rendered it: a prerendered copy of the page
/// looks the same but does nothing (tests and the benchmark wait for this mark).
#[hook]
pub fn use_live_marker() -> NodeRef {
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |()| {
            if let Some(element) = root.cast::<web_sys::Element>() {
                let _ = element.set_attribute("data-live", "");
            }
        });
    }
    root
}

/// Keeps the browser and the state in step. On its own page the URL follows the state (typing
/// in the kernel input rewrites the current entry instead of adding one per keystroke), back
/// and forward restore a state, and the page around the widget speaks its language. Embedded,
/// the host's URL is never touched: the host is told of changes, and changed attributes
/// arrive as a new query.
#[hook]
pub fn use_browser_sync(
    mode: Mode,
    query: &AttrValue,
    on_change: Option<&Callback<QueryParams>>,
    state: &UseReducerHandle<State>,
    lang: Lang,
) {
    let dispatch = state.dispatcher();
    {
        let on_change = on_change.cloned();
        let matrix = state.matrix.clone();
        use_effect_with(state.to_params(), move |params| {
            if let Some(on_change) = on_change {
                on_change.emit(params.clone());
            }
            if mode == Mode::Page {
                let current = QueryParams::parse(&browser::location_query());
                let current = State::from_query(matrix, &current).to_params();
                if current != *params {
                    let without_kernel = |p: &QueryParams| QueryParams {
                        kernel: None,
                        ..p.clone()
                    };
                    let entry = if without_kernel(&current) == without_kernel(params) {
                        HistoryEntry::Replace
                    } else {
                        HistoryEntry::Push
                    };
                    browser::write_query(&params.to_query(), entry);
                }
            }
        });
    }
    use_effect_with(lang, move |lang| {
        if mode == Mode::Page {
            browser::localise_page(*lang);
        }
    });
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |()| {
            let listener = (mode == Mode::Page).then(|| {
                browser::on_history_change(move |query| {
                    dispatch.dispatch(Action::Load(QueryParams::parse(&query)));
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(query.clone(), move |query| {
        if mode == Mode::Embedded {
            dispatch.dispatch(Action::Load(QueryParams::parse(query)));
        }
    });
}
