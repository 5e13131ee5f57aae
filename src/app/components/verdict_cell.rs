//! One verdict: icon and word (never colour alone), a hint at the reason; opens the details.

use yew::prelude::*;

use super::use_lang;
use crate::app::browser;
use crate::app::grid::CellView;
use crate::app::state::CellId;
use crate::app::text::status_icon;
use crate::matrix::{BasisKind, Certainty};

#[derive(Properties, PartialEq)]
pub struct VerdictCellProps {
    pub text: CellView,
    pub open: bool,
    pub on_open: Callback<CellId>,
}

#[component]
pub fn VerdictCell(props: &VerdictCellProps) -> Html {
    let t = use_lang().texts();
    let button = use_node_ref();
    // When its details close (Escape, Close, or this button), the keyboard focus comes back
    // here instead of falling to the start of the page.
    {
        let button = button.clone();
        let was_open = use_mut_ref(|| false);
        use_effect_with(props.open, move |open| {
            if *was_open.borrow() && !*open {
                if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                    browser::focus_if_lost(&button);
                }
            }
            *was_open.borrow_mut() = *open;
        });
    }
    let text = &props.text;
    let status = text.status.as_str();
    let uncertain = text.certainty == Certainty::Unverified;
    let predicted = text.basis_kind == BasisKind::Mainline;
    let onclick = {
        let cell = CellId {
            release: text.column.clone(),
            capability: text.capability.clone(),
        };
        props.on_open.reform(move |_: MouseEvent| cell.clone())
    };
    // Escape on an open verdict closes its details, as it does inside them; the arrow keys
    // move to the neighbouring verdicts.
    let onkeydown = {
        let cell = CellId {
            release: text.column.clone(),
            capability: text.capability.clone(),
        };
        let on_open = props.on_open.clone();
        let open = props.open;
        Callback::from(move |event: KeyboardEvent| {
            let (columns, rows) = match event.key().as_str() {
                "Escape" if open => return on_open.emit(cell.clone()),
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
    html! {
        <td class={classes!("pvm-cell", format!("pvm-{status}"), uncertain.then_some("pvm-uncertain"),
                predicted.then_some("pvm-predicted"))}
            data-basis={text.basis_kind.as_str()}
            data-release={text.column.clone()}
            data-capability={text.capability.as_str().to_owned()}
            data-status={status}>
            // No aria-label: the row and column headers name the cell, and the accessible name
            // stays the visible text (WCAG "label in name").
            <button type="button" ref={button} {onclick} {onkeydown} aria-expanded={props.open.to_string()}>
                <span class="pvm-verdict">
                    <span class="pvm-icon" aria-hidden="true">{ status_icon(text.status) }</span>
                    <span class="pvm-word">{ t.status(text.status) }</span>
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
