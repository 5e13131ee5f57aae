//! The stateful widget: selection state, URL sync, and the layout of the parts.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::legend::Legend;
use super::matrix_table::MatrixTable;
use super::release_picker::ReleasePicker;
use super::selection_bar::SelectionBar;
use super::unknown_ids_notice::UnknownIdsNotice;
use crate::app::state::{Action, CellId, State};
use crate::app::url::{resolve, to_query, QueryParams};
use crate::app::{browser, Shared};
use crate::matrix::{evaluate, Certainty, Date, Matrix, Status};

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub matrix: Shared<Matrix>,
    /// The query string the page was opened with.
    pub query: AttrValue,
    pub today: Date,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let matrix = props.matrix.0;
    let state = {
        let query = props.query.clone();
        use_reducer(move || State::new(matrix, resolve(matrix, &QueryParams::parse(&query))))
    };

    // The URL follows the selection; a change that came from the URL itself adds no entry.
    use_effect_with(to_query(&state.selected), move |query| {
        let current = resolve(matrix, &QueryParams::parse(&browser::location_query()));
        if to_query(&current.releases) != *query {
            browser::push_query(query);
        }
    });
    // Back and forward restore the selection of that entry.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let listener = browser::on_history_change(move |query| {
                dispatcher.dispatch(Action::Load(resolve(matrix, &QueryParams::parse(&query))));
            });
            move || drop(listener)
        });
    }

    let on_toggle = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::Toggle(id)))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Clear))
    };
    let on_open = {
        let state = state.clone();
        Callback::from(move |cell: CellId| state.dispatch(Action::ToggleCell(cell)))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DismissUnknown))
    };

    let (statuses, uncertain) = shown_statuses(&state);
    let selected: Vec<AttrValue> = state
        .selected
        .iter()
        .map(|r| AttrValue::from(r.id.clone()))
        .collect();

    html! {
        <div class="pvm">
            <UnknownIdsNotice ids={state.unknown_ids.clone()} {on_dismiss} />
            <div class="pvm-controls">
                <ReleasePicker matrix={props.matrix} selected={selected.clone()} on_toggle={on_toggle.clone()} today={props.today} />
                <SelectionBar matrix={props.matrix} {selected} {on_toggle} {on_clear} />
            </div>
            <MatrixTable
                matrix={props.matrix}
                releases={state.selected.iter().map(|r| Shared(*r)).collect::<Vec<_>>()}
                open={state.open.clone()}
                today={props.today}
                {on_open}
            />
            <Legend {statuses} {uncertain} />
            <p class="pvm-as-of">
                { format!("Data as of {}. Verdicts are evaluated in your browser; nothing is sent anywhere.", matrix.data_as_of) }
            </p>
        </div>
    }
}

/// The statuses on screen, and whether any verdict on screen is unverified.
fn shown_statuses(state: &State) -> (Vec<Status>, bool) {
    let mut statuses = BTreeSet::new();
    let mut uncertain = false;
    for release in &state.selected {
        for capability in &state.matrix.capabilities {
            let verdict = evaluate(release, capability);
            statuses.insert(verdict.status);
            uncertain |= verdict.certainty == Certainty::Unverified;
        }
    }
    (statuses.into_iter().collect(), uncertain)
}
