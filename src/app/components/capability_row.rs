//! One capability: its name, a verdict per column, and the open verdict's details below it.

use std::rc::Rc;

use yew::prelude::*;

use super::marked::marked;
use super::use_lang;
use super::verdict_cell::VerdictCell;
use super::verdict_details::VerdictDetails;
use crate::app::grid::{CellView, GridRow};
use crate::app::state::CellId;

#[derive(Properties, PartialEq)]
pub struct CapabilityRowProps {
    /// Shared with the view model: an unchanged row compares by identity.
    pub row: Rc<GridRow>,
    /// The open cell, when it is in this row.
    pub open: Option<CellId>,
    /// Closes the open cell's details.
    pub on_close: Callback<()>,
    /// Marks a row whose verdicts differ.
    #[prop_or_default]
    pub highlight: bool,
}

#[component]
pub fn CapabilityRow(props: &CapabilityRowProps) -> Html {
    let lang = use_lang();
    let capability = &props.row.capability;
    let open_cell = props
        .open
        .as_ref()
        .and_then(|cell| props.row.cells.iter().find(|c| c.column == cell.release));
    let t = lang.texts();
    // A list of its own, keyed by column: Yew matches unkeyed lists from the end, so adding a
    // column would otherwise rewrite every cell of the row.
    let cells: Html = props
        .row
        .cells
        .iter()
        .map(|text| {
            let open = open_cell.is_some_and(|c| c.column == text.column);
            html! { <VerdictCell key={text.column.clone()} text={text.clone()} {open} /> }
        })
        .collect();
    html! {
        <>
            <tr data-capability-row={capability.id.as_str().to_owned()}
                class={classes!(props.highlight.then_some("pvm-differs"))}>
                <th scope="row" class="pvm-capability">
                    // Focusable so that the description shows for keyboard users too; its term
                    // links keep it open while they have the focus.
                    <span class="pvm-capability-name" tabindex="0">
                        { &capability.name }
                        <span class="pvm-capability-description">
                            { marked(&capability.description) }
                        </span>
                    </span>
                    if props.highlight {
                        <span class="pvm-differs-mark">{ t.differs }</span>
                    }
                </th>
                { cells }
            </tr>
            if let Some(text) = open_cell.and_then(CellView::details) {
                <tr class="pvm-details-row">
                    <td colspan={(props.row.cells.len() + 1).to_string()}>
                        <VerdictDetails {text} on_close={props.on_close.clone()} />
                    </td>
                </tr>
            }
        </>
    }
}
