//! The matrix: capabilities as rows grouped by hypervisor, selected releases as columns.

use yew::prelude::*;

use super::capability_row::CapabilityRow;
use crate::app::state::CellId;
use crate::app::text::support_phrase;
use crate::app::Shared;
use crate::matrix::{Date, Matrix, Release};

#[derive(Properties, PartialEq)]
pub struct MatrixTableProps {
    pub matrix: Shared<Matrix>,
    pub releases: Vec<Shared<Release>>,
    pub open: Option<CellId>,
    pub on_open: Callback<CellId>,
    pub today: Date,
}

#[component]
pub fn MatrixTable(props: &MatrixTableProps) -> Html {
    if props.releases.is_empty() {
        return html! {};
    }
    let matrix: &'static Matrix = props.matrix.0;
    let columns = props.releases.len() + 1;
    let groups = matrix.hypervisors.iter().map(|hypervisor| {
        let rows = matrix.capabilities_of(hypervisor).map(|capability| {
            html! {
                <CapabilityRow
                    key={capability.id.clone()}
                    capability={Shared(capability)}
                    releases={props.releases.clone()}
                    open={props.open.clone().filter(|cell| cell.capability == capability.id)}
                    on_open={props.on_open.clone()}
                />
            }
        });
        html! {
            <tbody data-hypervisor={hypervisor.id.clone()}>
                <tr class="pvm-group-row">
                    <th scope="colgroup" colspan={columns.to_string()}>
                        <span class="pvm-pinned">{ &hypervisor.name }</span>
                    </th>
                </tr>
                { for rows }
            </tbody>
        }
    });
    html! {
        <div class="pvm-table-wrap" role="region" aria-label="Support matrix" tabindex="0">
            <table class="pvm-table">
                <caption>
                    <span class="pvm-pinned">
                        { "Paravirtualization support of the selected releases. Open a verdict to see why." }
                    </span>
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="pvm-corner">{ "Capability" }</th>
                        { for props.releases.iter().map(|release| html! {
                            <th scope="col" data-release={release.id.clone()}>
                                <span class="pvm-release-name">{ &release.name }</span>
                                <span class="pvm-release-kernel">{ format!("Linux {}", release.kernel) }</span>
                                <span class={classes!("pvm-release-support", release.support(props.today).has_ended().then_some("pvm-ended"))}>
                                    { support_phrase(release.support(props.today)) }
                                </span>
                            </th>
                        }) }
                    </tr>
                </thead>
                { for groups }
            </table>
        </div>
    }
}
