//! One capability: its name, a verdict per release, and the open verdict's details below it.

use yew::prelude::*;

use super::verdict_cell::VerdictCell;
use super::verdict_details::VerdictDetails;
use crate::app::state::CellId;
use crate::app::Shared;
use crate::matrix::{Capability, Release};

#[derive(Properties, PartialEq)]
pub struct CapabilityRowProps {
    pub capability: Shared<Capability>,
    pub releases: Vec<Shared<Release>>,
    /// The open cell, when it is in this row.
    pub open: Option<CellId>,
    pub on_open: Callback<CellId>,
}

#[component]
pub fn CapabilityRow(props: &CapabilityRowProps) -> Html {
    let capability = props.capability;
    let open_release = props
        .open
        .as_ref()
        .and_then(|cell| props.releases.iter().find(|r| r.id == cell.release));
    let on_close = {
        let on_open = props.on_open.clone();
        let open = props.open.clone();
        Callback::from(move |()| {
            if let Some(cell) = open.clone() {
                on_open.emit(cell);
            }
        })
    };
    html! {
        <>
            <tr data-capability-row={capability.id.clone()}>
                <th scope="row" class="pvm-capability">
                    // Focusable so that the description shows for keyboard users too.
                    <span class="pvm-capability-name" tabindex="0">
                        { &capability.name }
                        <span class="pvm-capability-description">{ &capability.description }</span>
                    </span>
                </th>
                { for props.releases.iter().map(|release| html! {
                    <VerdictCell
                        release={*release}
                        {capability}
                        open={open_release.is_some_and(|r| r == release)}
                        on_open={props.on_open.clone()}
                    />
                }) }
            </tr>
            if let Some(release) = open_release {
                <tr class="pvm-details-row">
                    <td colspan={(props.releases.len() + 1).to_string()}>
                        <VerdictDetails release={*release} {capability} {on_close} />
                    </td>
                </tr>
            }
        </>
    }
}
