//! A verdict table of the view model with its legend: capabilities as rows grouped by
//! hypervisor, one column per release (or per system checked).

use std::rc::Rc;

use yew::prelude::*;

use super::capability_row::CapabilityRow;
use super::legend::Legend;
use super::{use_lang, Dispatch};
use crate::app::browser;
use crate::app::state::{Action, CellId};
use crate::app::view_model::Table;

#[derive(Properties, PartialEq)]
pub struct MatrixTableProps {
    /// Its grid is shared with the view model, so an unchanged table compares by identity.
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
pub fn MatrixTable(props: &MatrixTableProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let toggle = {
        let dispatch = props.dispatch.clone();
        move |cell: CellId| dispatch.dispatch(Action::ToggleCell(cell))
    };
    let on_close = use_callback(
        (props.dispatch.clone(), props.open.clone()),
        |(), (dispatch, open)| {
            if let Some(cell) = open.clone() {
                dispatch.dispatch(Action::ToggleCell(cell));
            }
        },
    );
    // The verdicts' clicks and keys, heard once for the whole table: a click opens or closes a
    // verdict's details, Escape on an open verdict closes them, the arrow keys move between
    // verdicts.
    let onclick = {
        let toggle = toggle.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(cell) = browser::verdict_of(event.target()) {
                toggle(cell);
            }
        })
    };
    let onkeydown = {
        let open = props.open.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(cell) = browser::verdict_of(event.target()) else {
                return;
            };
            let (columns, rows) = match event.key().as_str() {
                "Escape" if open.as_ref() == Some(&cell) => return toggle(cell),
                "ArrowLeft" => (-1, 0),
                "ArrowRight" => (1, 0),
                "ArrowUp" => (0, -1),
                "ArrowDown" => (0, 1),
                _ => return,
            };
            let moved = event
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|from| browser::focus_neighbour_verdict(&from, columns, rows));
            if moved {
                event.prevent_default();
            }
        })
    };
    // When a verdict's details close (Escape, Close, or the verdict), the keyboard focus comes
    // back to the verdict instead of falling to the start of the page.
    let frame = use_node_ref();
    {
        let (frame, was_open) = (frame.clone(), use_mut_ref(|| None::<CellId>));
        use_effect_with(props.open.clone(), move |open| {
            let closed = was_open.replace(open.clone());
            if let (Some(closed), Some(frame)) = (closed, frame.cast::<web_sys::Element>()) {
                if open.as_ref() != Some(&closed) {
                    browser::focus_verdict_if_lost(&frame, &closed);
                }
            }
        });
    }
    // Says when the table scrolls sideways (now, and when the window is resized), and brings a
    // release just added into view.
    let shown = use_mut_ref(Vec::<String>::new);
    use_effect_with(Rc::clone(&props.table.grid), {
        let frame = frame.clone();
        move |grid| {
            if let Some(element) = frame.cast::<web_sys::HtmlElement>() {
                browser::mark_overflow(&element);
                let ids: Vec<String> = grid.columns.iter().map(|c| c.id.clone()).collect();
                let before = shown.replace(ids.clone());
                let added = ids.iter().find(|id| !before.contains(id));
                if let (false, Some(added)) = (before.is_empty(), added) {
                    browser::reveal_column(&element, added);
                }
            }
            let listener = browser::on_resize(move || {
                if let Some(element) = frame.cast::<web_sys::HtmlElement>() {
                    browser::mark_overflow(&element);
                }
            });
            move || drop(listener)
        }
    });
    let table = &props.table;
    let grid = &table.grid;
    if grid.columns.is_empty() {
        return html! {};
    }
    let columns = grid.columns.len() + 1;
    let groups = props.table.groups.iter().filter_map(|(group, name)| {
        let rows: Vec<Html> = grid
            .rows
            .iter()
            .filter(|row| row.capability.hypervisor == *group)
            .map(|row| {
                html! {
                    <CapabilityRow
                        key={row.capability.id.as_str().to_owned()}
                        row={row.clone()}
                        open={props.open.clone().filter(|cell| cell.capability == row.capability.id)}
                        on_close={on_close.clone()}
                        highlight={props.highlight_differences && row.differs}
                    />
                }
            })
            .collect();
        (!rows.is_empty()).then(|| html! {
            <tbody data-hypervisor={group.clone()}>
                <tr class="pvm-group-row">
                    <th scope="colgroup" colspan={columns.to_string()}>
                        <span class="pvm-pinned">{ name }</span>
                    </th>
                </tr>
                { for rows }
            </tbody>
        })
    });
    // Keyed in a list of their own, so that adding a column does not rewrite the others.
    let heads: Html = grid
        .columns
        .iter()
        .map(|column| {
            html! {
                <th key={column.id.clone()} scope="col" data-release={column.id.clone()}>
                    <span class="pvm-release-name">{ &column.name }</span>
                    { for column.lines.iter().enumerate().map(|(i, line)| html! {
                        <span class={classes!(
                            if i == 0 { "pvm-release-kernel" } else { "pvm-release-support" },
                            (i > 0 && column.ended).then_some("pvm-ended"),
                        )} title={(i > 0).then(|| column.support_title.clone()).flatten()}>{ line }</span>
                    }) }
                </th>
            }
        })
        .collect();
    html! {
        <>
        <Legend statuses={table.statuses.clone()} uncertain={table.uncertain} predicted={table.predicted} />
        <div ref={frame} class="pvm-table-wrap" role="region" aria-label={t.matrix_region} tabindex="0">
            <table class="pvm-table" {onclick} {onkeydown}>
                <caption><span class="pvm-pinned">
                    { props.caption.clone().unwrap_or(AttrValue::Static(t.caption_matrix)) }
                    <span class="pvm-scroll-hint" aria-hidden="true">{ " " }{ t.scroll_hint }</span>
                </span></caption>
                <thead>
                    <tr>
                        <th scope="col" class="pvm-corner">{ t.capability }</th>
                        { heads }
                    </tr>
                </thead>
                { for groups }
            </table>
        </div>
        </>
    }
}
