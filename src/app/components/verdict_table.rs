//! A verdict table of the view model with its legend.

use yew::prelude::*;

use super::legend::Legend;
use super::matrix_table::MatrixTable;
use super::Dispatch;
use crate::app::state::CellId;
use crate::app::view_model::Table;

#[derive(Properties, PartialEq)]
pub struct VerdictTableProps {
    pub table: Table,
    pub open: Option<CellId>,
    pub dispatch: Dispatch,
    /// Highlight rows whose verdicts differ (the compare view).
    #[prop_or_default]
    pub highlight_differences: bool,
    /// The table's caption; the matrix's own when not given.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
}

#[component]
pub fn VerdictTable(props: &VerdictTableProps) -> Html {
    let table = &props.table;
    html! {
        <>
            <Legend statuses={table.statuses.clone()} uncertain={table.uncertain} />
            <MatrixTable table={table.clone()} open={props.open.clone()} dispatch={props.dispatch.clone()}
                highlight_differences={props.highlight_differences} caption={props.caption.clone()} />
        </>
    }
}
