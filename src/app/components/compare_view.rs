//! Releases side by side: what changes from one to the next, summarised and highlighted.

use std::rc::Rc;

use yew::prelude::*;

use super::legend::Legend;
use super::matrix_table::MatrixTable;
use super::release_picker::ReleasePicker;
use super::selection_bar::SelectionBar;
use super::use_lang;
use crate::app::grid::{release_grid, SharedGrid};
use crate::app::state::CellId;
use crate::app::text::compare_summary;
use crate::app::Shared;
use crate::matrix::query::diff;
use crate::matrix::{Capability, Date, Matrix, Release};

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub matrix: Shared<Matrix>,
    pub releases: Vec<Shared<Release>>,
    pub capabilities: Vec<Shared<Capability>>,
    pub on_toggle: Callback<String>,
    pub on_clear: Callback<()>,
    pub today: Date,
    pub open: Option<CellId>,
    pub on_open: Callback<CellId>,
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let only_differences = use_state(|| false);
    let lang = use_lang();
    let t = lang.texts();
    let releases: Vec<&'static Release> = props.releases.iter().map(|r| r.0).collect();
    let capabilities: Vec<&'static Capability> = props.capabilities.iter().map(|c| c.0).collect();
    let ids: Vec<AttrValue> = releases
        .iter()
        .map(|r| AttrValue::from(r.id.clone()))
        .collect();

    let summaries: Vec<Html> = releases
        .windows(2)
        .map(|pair| {
            let d = diff(pair[0], pair[1], &capabilities);
            let parts = compare_summary(lang, pair[0], pair[1], &d);
            if d.is_empty() {
                return html! { <li>{ parts.opening }</li> };
            }
            html! {
                <li data-summary={format!("{}/{}", pair[0].id, pair[1].id)}>
                    { parts.opening }
                    if let Some(gained) = parts.gained {
                        <span class="pvm-gain">{ gained }</span>
                    }
                    if let Some(lost) = parts.lost {
                        <span class="pvm-loss">{ lost }</span>
                    }
                    if let Some(unclear) = parts.unclear {
                        { unclear }
                    }
                </li>
            }
        })
        .collect();

    let mut grid = release_grid(lang, &releases, &capabilities, props.today);
    if *only_differences {
        grid.rows.retain(|row| row.differs);
    }
    let (statuses, uncertain) = grid.statuses();
    let on_only = {
        let only = only_differences.clone();
        Callback::from(move |_: Event| only.set(!*only))
    };

    html! {
        <section class="pvm-compare" aria-label={t.compare_label}>
            <div class="pvm-controls">
                <ReleasePicker matrix={props.matrix} selected={ids.clone()} on_toggle={props.on_toggle.clone()} today={props.today} />
                <SelectionBar matrix={props.matrix} selected={ids} on_toggle={props.on_toggle.clone()} on_clear={props.on_clear.clone()} />
            </div>
            if releases.len() < 2 {
                <p class="pvm-empty">{ t.compare_empty }</p>
            } else {
                <ul class="pvm-summary" aria-live="polite">{ for summaries }</ul>
                <label class="pvm-check">
                    <input type="checkbox" checked={*only_differences} onchange={on_only} data-filter="differences" />
                    { t.only_differences }
                </label>
                <Legend {statuses} {uncertain} />
                <MatrixTable matrix={props.matrix} grid={SharedGrid(Rc::new(grid))} highlight_differences=true
                    open={props.open.clone()} on_open={props.on_open.clone()}
                    caption={t.caption_compare} />
            }
        </section>
    }
}
