//! The legend: only the states on screen, each with its icon, word and meaning.

use yew::prelude::*;

use crate::app::text::{status_icon, status_meaning, status_word};
use crate::matrix::Status;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub statuses: Vec<Status>,
    /// Whether any verdict on screen is unverified.
    pub uncertain: bool,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    if props.statuses.is_empty() {
        return html! {};
    }
    html! {
        <section class="pvm-legend" aria-label="Legend">
            <ul>
                { for props.statuses.iter().map(|status| html! {
                    <li data-legend={status.as_str()}>
                        <span class={classes!("pvm-badge", format!("pvm-{}", status.as_str()))}>
                            <span aria-hidden="true">{ status_icon(*status) }</span>
                            { " " }{ status_word(*status) }
                        </span>
                        { format!(": {}", status_meaning(*status)) }
                    </li>
                }) }
                if props.uncertain {
                    <li data-legend="unverified">
                        <span class="pvm-badge pvm-unverified">{ "* unverified" }</span>
                        { ": from a weaker source or inferred; open it for details" }
                    </li>
                }
            </ul>
        </section>
    }
}
