//! Releases side by side: what changes from one to the next, summarised and highlighted.

use yew::prelude::*;

use super::matrix_table::MatrixTable;
use super::{use_lang, Dispatch};
use crate::app::state::{Action, CellId};
use crate::app::view_model::{PairSummary, Table};

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub pairs: Vec<PairSummary>,
    /// `None` with fewer than two releases.
    pub table: Option<Table>,
    pub only_differences: bool,
    pub open: Option<CellId>,
    pub dispatch: Dispatch,
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let t = use_lang().texts();
    let on_only = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: Event| dispatch.dispatch(Action::ToggleOnlyDifferences))
    };
    let summaries = props.pairs.iter().map(|pair| {
        if pair.same {
            return html! { <li>{ &pair.lead }</li> };
        }
        html! {
            <li data-summary={pair.id.clone()}>
                { &pair.lead }
                if let Some(gained) = &pair.gained {
                    <span class="pvm-gain">{ gained }</span>
                }
                if let Some(lost) = &pair.lost {
                    <span class="pvm-loss">{ lost }</span>
                }
                if let Some(unclear) = &pair.unclear {
                    { unclear }
                }
            </li>
        }
    });
    html! {
        <section class="pvm-compare" aria-label={t.compare_label}>
            if let Some(table) = &props.table {
                <ul class="pvm-summary" aria-live="polite">{ for summaries }</ul>
                <label class="pvm-check">
                    <input type="checkbox" checked={props.only_differences} onchange={on_only}
                        data-filter="differences" />
                    { t.only_differences }
                </label>
                <MatrixTable table={table.clone()} open={props.open.clone()} dispatch={props.dispatch.clone()}
                    highlight_differences=true caption={t.caption_compare} />
            } else {
                <p class="pvm-empty">{ t.compare_empty }</p>
            }
        </section>
    }
}
