//! One verdict: icon and word (never colour alone), a hint at the reason; opens the details.

use yew::prelude::*;

use crate::app::state::CellId;
use crate::app::text::{cell_hint, cell_label, status_icon, status_word};
use crate::app::Shared;
use crate::matrix::{evaluate, Capability, Certainty, Release};

#[derive(Properties, PartialEq)]
pub struct VerdictCellProps {
    pub release: Shared<Release>,
    pub capability: Shared<Capability>,
    pub open: bool,
    pub on_open: Callback<CellId>,
}

#[component]
pub fn VerdictCell(props: &VerdictCellProps) -> Html {
    let (release, capability) = (props.release.0, props.capability.0);
    let verdict = evaluate(release, capability);
    let status = verdict.status.as_str();
    let uncertain = verdict.certainty == Certainty::Unverified;
    let onclick = {
        let cell = CellId {
            release: release.id.clone(),
            capability: capability.id.clone(),
        };
        props.on_open.reform(move |_: MouseEvent| cell.clone())
    };
    html! {
        <td class={classes!("pvm-cell", format!("pvm-{status}"), uncertain.then_some("pvm-uncertain"))}
            data-release={release.id.clone()}
            data-capability={capability.id.clone()}
            data-status={status}>
            <button type="button" {onclick}
                aria-expanded={props.open.to_string()}
                aria-label={cell_label(capability, release, &verdict)}>
                <span class="pvm-verdict">
                    <span class="pvm-icon" aria-hidden="true">{ status_icon(verdict.status) }</span>
                    <span class="pvm-word">{ status_word(verdict.status) }</span>
                    if uncertain {
                        <span class="pvm-uncertain-mark" aria-hidden="true">{ "*" }</span>
                    }
                </span>
                <span class="pvm-hint">{ cell_hint(&verdict) }</span>
            </button>
        </td>
    }
}
