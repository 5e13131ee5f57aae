//! The earliest release of each distribution with every chosen capability, and the earliest one
//! still supported.

use yew::prelude::*;

use crate::app::text::support_phrase;
use crate::app::Shared;
use crate::matrix::query::minimum;
use crate::matrix::{Capability, Date, Matrix};

#[derive(Properties, PartialEq)]
pub struct MinimumViewProps {
    pub matrix: Shared<Matrix>,
    pub need: Vec<Shared<Capability>>,
    pub on_toggle: Callback<String>,
    pub today: Date,
}

#[component]
pub fn MinimumView(props: &MinimumViewProps) -> Html {
    let matrix: &'static Matrix = props.matrix.0;
    let need: Vec<&'static Capability> = props.need.iter().map(|c| c.0).collect();
    let options = matrix.hypervisors.iter().map(|hypervisor| {
        html! {
            <fieldset class="pvm-group">
                <legend>{ &hypervisor.name }</legend>
                <ul>
                    { for matrix.capabilities_of(hypervisor).map(|capability| {
                        let checked = need.iter().any(|c| c.id == capability.id);
                        let onchange = props.on_toggle.reform({
                            let id = capability.id.clone();
                            move |_: Event| id.clone()
                        });
                        html! {
                            <li><label class="pvm-option" title={capability.description.clone()}>
                                <input type="checkbox" {checked} {onchange} data-need-option={capability.id.clone()} />
                                <span class="pvm-option-name">{ &capability.name }</span>
                            </label></li>
                        }
                    }) }
                </ul>
            </fieldset>
        }
    });
    let rows = minimum(matrix, &need, props.today);
    html! {
        <section class="pvm-minimum" aria-label="Minimum release">
            <div class="pvm-picker">
                <p class="pvm-label">{ "Which capabilities do you need?" }</p>
                <div class="pvm-picker-list pvm-columns">{ for options }</div>
            </div>
            if need.is_empty() {
                <p class="pvm-empty">{ "Pick one or more capabilities to see the earliest release of each distribution that supports all of them." }</p>
            } else {
                <div class="pvm-table-wrap" role="region" aria-label="Minimum releases" tabindex="0">
                    <table class="pvm-table pvm-minimum-table">
                        <caption><span class="pvm-pinned">{ format!(
                            "The earliest release of each distribution where all of these are supported (a full yes): {}.",
                            need.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
                        ) }</span></caption>
                        <thead><tr>
                            <th scope="col">{ "Distribution" }</th>
                            <th scope="col">{ "Earliest release in the matrix" }</th>
                            <th scope="col">{ "Its support" }</th>
                            <th scope="col">{ "Earliest still supported" }</th>
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr data-minimum={row.distro.id.clone()}>
                                    <th scope="row">{ &row.distro.name }</th>
                                    <td data-earliest={row.earliest.map(|r| r.id.clone()).unwrap_or_default()}>
                                        { row.earliest.map_or("none in this matrix".to_owned(), |r| r.name.clone()) }
                                    </td>
                                    <td>{ row.earliest.map(|r| support_phrase(r.support(props.today))).unwrap_or_default() }</td>
                                    <td data-earliest-supported={row.earliest_supported.map(|r| r.id.clone()).unwrap_or_default()}>
                                        { row.earliest_supported.map_or("none still supported".to_owned(), |r| r.name.clone()) }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
