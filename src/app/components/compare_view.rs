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
        // "Going from A to B: you gain X; you lose Y; unclear: Z."
        let parts = [
            (pair.gained.as_ref(), Some("pvm-gain")),
            (pair.lost.as_ref(), Some("pvm-loss")),
            (pair.unclear.as_ref(), None),
        ];
        let parts = parts
            .into_iter()
            .filter_map(|(text, class)| text.map(|t| (t, class)));
        html! {
            <li data-summary={pair.id.clone()}>
                { &pair.lead }
                { for parts.enumerate().map(|(i, (text, class))| html! {
                    <>
                        { if i == 0 { " " } else { "; " } }
                        <span class={classes!(class)}>{ text }</span>
                    </>
                }) }
                { "." }
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
