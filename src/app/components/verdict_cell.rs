//! One verdict: icon and word (never colour alone), a hint at the reason; opens the details.
//! The icon is drawn by the stylesheet from the status class (hidden from assistive technology
//! there): two elements fewer in each of the hundreds of cells the browser lays out.
//!
//! A component with no hooks and no callbacks: a table has hundreds of verdicts, and each with
//! its own hooks and callbacks made the first render slow; as a component, an unchanged cell is
//! still skipped by its props when a release is added (14.5 ms at ten times the data, 17.4 ms as
//! a plain function). The table listens for their clicks and keys once
//! ([`super::matrix_table`]), reading the cell from its `data-*`.

use yew::prelude::*;

use crate::app::grid::CellView;
use crate::app::i18n::Texts;
use crate::matrix::{BasisKind, Certainty};

#[derive(Properties, PartialEq)]
pub struct VerdictCellProps {
    pub text: CellView,
    pub open: bool,
}

/// A component without hooks or callbacks: an unchanged cell is skipped by its props alone
/// when its row renders again (a release added or removed).
#[component]
pub fn VerdictCell(props: &VerdictCellProps) -> Html {
    verdict_cell(super::use_lang().texts(), &props.text, props.open)
}

/// The cell for `text`; `open` when its details are open below its row.
pub fn verdict_cell(t: &Texts, text: &CellView, open: bool) -> Html {
    let status = text.status.as_str();
    let uncertain = text.certainty == Certainty::Unverified;
    let predicted = text.basis_kind == BasisKind::Mainline;
    html! {
        <td
            class={classes!("pvm-cell", format!("pvm-{status}"), uncertain.then_some("pvm-uncertain"),
                predicted.then_some("pvm-predicted"))}
            data-basis={text.basis_kind.as_str()}
            data-release={text.column.clone()}
            data-capability={text.capability.as_str().to_owned()}
            data-status={status}>
            // No aria-label: the row and column headers name the cell, and the accessible name
            // stays the visible text (WCAG "label in name").
            <button type="button" aria-expanded={if open { "true" } else { "false" }}>
                <span class="pvm-verdict">
                    { t.status(text.status) }
                    if predicted {
                        <span class="pvm-predicted-mark" aria-hidden="true">{ "\u{2248}" }</span>
                        <span class="pvm-visually-hidden">{ t.predicted_hidden }</span>
                    }
                    if uncertain {
                        <span class="pvm-uncertain-mark" aria-hidden="true">{ "*" }</span>
                        <span class="pvm-visually-hidden">{ t.unverified_hidden }</span>
                    }
                </span>
                <span class="pvm-hint">{ &text.hint }</span>
            </button>
        </td>
    }
}
