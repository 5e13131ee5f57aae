//! The earliest release of each distribution with every chosen capability, and the earliest one
//! still supported.

use yew::prelude::*;

use super::use_lang;
use crate::app::i18n::fill;
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
    let lang = use_lang();
    let t = lang.texts();
    let matrix: &'static Matrix = props.matrix.0;
    let need: Vec<&'static Capability> = props.need.iter().map(|c| c.0).collect();
    let options = matrix.hypervisors.iter().map(|hypervisor| {
        html! {
            <fieldset class="pvm-group">
                <legend>{ lang.hypervisor_name(hypervisor) }</legend>
                <ul>
                    { for matrix.capabilities_of(hypervisor).map(|capability| {
                        let checked = need.iter().any(|c| c.id == capability.id);
                        let onchange = props.on_toggle.reform({
                            let id = capability.id.clone();
                            move |_: Event| id.clone()
                        });
                        html! {
                            <li><label class="pvm-option" title={lang.capability_description(capability).to_owned()}>
                                <input type="checkbox" {checked} {onchange} data-need-option={capability.id.clone()} />
                                <span class="pvm-option-name">{ lang.capability_name(capability) }</span>
                            </label></li>
                        }
                    }) }
                </ul>
            </fieldset>
        }
    });
    let rows = minimum(matrix, &need, props.today);
    html! {
        <section class="pvm-minimum" aria-label={t.minimum}>
            <div class="pvm-picker">
                <p class="pvm-label">{ t.minimum_question }</p>
                <div class="pvm-picker-list pvm-columns">{ for options }</div>
            </div>
            if need.is_empty() {
                <p class="pvm-empty">{ t.minimum_empty }</p>
            } else {
                <div class="pvm-table-wrap" role="region" aria-label={t.minimum_region} tabindex="0">
                    <table class="pvm-table pvm-minimum-table">
                        <caption><span class="pvm-pinned">{ fill(
                            t.caption_minimum,
                            &[&need.iter().map(|c| lang.capability_name(c)).collect::<Vec<_>>().join(", ")],
                        ) }</span></caption>
                        <thead><tr>
                            <th scope="col">{ t.distribution }</th>
                            <th scope="col">{ t.earliest }</th>
                            <th scope="col">{ t.its_support }</th>
                            <th scope="col">{ t.earliest_supported }</th>
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr data-minimum={row.distro.id.clone()}>
                                    <th scope="row">{ &row.distro.name }</th>
                                    <td data-earliest={row.earliest.map(|r| r.id.clone()).unwrap_or_default()}>
                                        { row.earliest.map_or(t.none_in_matrix, |r| r.name.as_str()) }
                                    </td>
                                    <td>{ row.earliest.map(|r| support_phrase(lang, r.support(props.today))).unwrap_or_default() }</td>
                                    <td data-earliest-supported={row.earliest_supported.map(|r| r.id.clone()).unwrap_or_default()}>
                                        { row.earliest_supported.map_or(t.none_supported, |r| r.name.as_str()) }
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
