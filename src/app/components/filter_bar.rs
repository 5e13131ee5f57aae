//! Filters the capabilities shown: by hypervisor group and by status.

use yew::prelude::*;

use super::{use_lang, Dispatch};
use crate::app::custom::SharedMatrix;
use crate::app::state::Action;
use crate::app::text::status_icon;
use crate::matrix::Status;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub matrix: SharedMatrix,
    /// Chosen hypervisor groups; none chosen shows all.
    pub hypervisors: Vec<String>,
    /// Chosen statuses; none chosen shows all.
    pub statuses: Vec<Status>,
    pub dispatch: Dispatch,
}

#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    html! {
        <div class="pvm-filters">
            <div class="pvm-filter-group" role="group" aria-label={t.hypervisors_label}>
                <span class="pvm-filter-label" aria-hidden="true">{ t.hypervisor }</span>
                { for props.matrix.hypervisors.iter().map(|h| {
                    let on = props.hypervisors.contains(&h.id);
                    let onclick = {
                        let (dispatch, id) = (props.dispatch.clone(), h.id.clone());
                        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleHypervisor(id.clone())))
                    };
                    html! {
                        <button type="button" class="pvm-toggle" aria-pressed={on.to_string()}
                            data-filter-hypervisor={h.id.clone()} {onclick}>{ lang.hypervisor_name(h) }</button>
                    }
                }) }
            </div>
            <div class="pvm-filter-group" role="group" aria-label={t.statuses_label}>
                <span class="pvm-filter-label" aria-hidden="true">{ t.status }</span>
                { for Status::ALL.iter().map(|status| {
                    let on = props.statuses.contains(status);
                    let onclick = {
                        let (dispatch, status) = (props.dispatch.clone(), *status);
                        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleStatus(status)))
                    };
                    html! {
                        <button type="button" class="pvm-toggle" aria-pressed={on.to_string()}
                            data-filter-status={status.as_str()} {onclick}>
                            <span aria-hidden="true">{ status_icon(*status) }</span>
                            { " " }{ t.status(*status) }
                        </button>
                    }
                }) }
            </div>
        </div>
    }
}
