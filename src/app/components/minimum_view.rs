//! The earliest release of each distribution with every chosen capability, and the earliest one
//! still supported.

use yew::prelude::*;

use super::{use_lang, Dispatch};
use crate::app::custom::SharedMatrix;
use crate::app::i18n::fill;
use crate::app::state::Action;
use crate::app::view_model::MinimumRow;
use crate::matrix::glossary::plain;
use crate::matrix::CapabilityId;

#[derive(Properties, PartialEq)]
pub struct MinimumViewProps {
    pub matrix: SharedMatrix,
    /// The chosen capabilities' ids.
    pub need: Vec<CapabilityId>,
    pub rows: Vec<MinimumRow>,
    pub dispatch: Dispatch,
}

#[component]
pub fn MinimumView(props: &MinimumViewProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let matrix = &props.matrix;
    let need = matrix.capabilities_named(&props.need);
    let options = matrix.hypervisors.iter().map(|hypervisor| {
        html! {
            <fieldset class="pvm-group">
                <legend>{ lang.hypervisor_name(hypervisor) }</legend>
                <ul>
                    { for matrix.capabilities_of(hypervisor).map(|capability| {
                        let checked = need.iter().any(|c| c.id == capability.id);
                        let onchange = {
                            let (dispatch, id) = (props.dispatch.clone(), capability.id.clone());
                            Callback::from(move |_: Event| dispatch.dispatch(Action::ToggleNeed(id.as_str().to_owned())))
                        };
                        html! {
                            <li><label class="pvm-option" title={plain(lang.capability_description(capability)).into_owned()}>
                                <input type="checkbox" {checked} {onchange} data-need-option={capability.id.as_str().to_owned()} />
                                <span class="pvm-option-name">{ lang.capability_name(capability) }</span>
                            </label></li>
                        }
                    }) }
                </ul>
            </fieldset>
        }
    });
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
                            { for props.rows.iter().map(|row| html! {
                                <tr data-minimum={row.distro_id.clone()}>
                                    <th scope="row">{ &row.distro }</th>
                                    <td data-earliest={row.earliest.as_ref().map(|r| r.0.clone()).unwrap_or_default()}>
                                        { row.earliest.as_ref().map_or(t.none_in_matrix, |r| r.1.as_str()) }
                                    </td>
                                    <td>{ &row.support }</td>
                                    <td data-earliest-supported={row.earliest_supported.as_ref().map(|r| r.0.clone()).unwrap_or_default()}>
                                        { row.earliest_supported.as_ref().map_or(t.none_supported, |r| r.1.as_str()) }
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
