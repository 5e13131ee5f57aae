//! The legend: only the states on screen, each with its icon, word and meaning.

use yew::prelude::*;

use super::use_lang;
use crate::app::text::status_icon;
use crate::matrix::Status;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub statuses: Vec<Status>,
    /// Whether any verdict on screen is unverified.
    pub uncertain: bool,
    /// Whether any verdict on screen is only predicted from the mainline kernel version.
    #[prop_or_default]
    pub predicted: bool,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let t = use_lang().texts();
    if props.statuses.is_empty() {
        return html! {};
    }
    html! {
        <section class="pvm-legend" aria-label={t.legend}>
            <ul>
                { for props.statuses.iter().map(|status| html! {
                    <li data-legend={status.as_str()}>
                        <span class={classes!("pvm-badge", format!("pvm-{}", status.as_str()))}>
                            <span aria-hidden="true">{ status_icon(*status) }</span>
                            { " " }{ t.status(*status) }
                        </span>
                        <span class="pvm-legend-meaning">{ ": " }{ t.meaning(*status) }</span>
                    </li>
                }) }
                if props.predicted {
                    <li data-legend="predicted">
                        <span class="pvm-badge pvm-predicted-badge">{ t.predicted_badge }</span>
                        <span class="pvm-legend-meaning">{ t.predicted_meaning }</span>
                    </li>
                }
                if props.uncertain {
                    <li data-legend="unverified">
                        <span class="pvm-badge pvm-unverified">{ t.unverified_badge }</span>
                        <span class="pvm-legend-meaning">{ t.unverified_meaning }</span>
                    </li>
                }
            </ul>
        </section>
    }
}
