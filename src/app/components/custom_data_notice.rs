//! What became of the host page's custom data: how much was applied, and every problem with its
//! place in the document.

use yew::prelude::*;

use crate::app::custom::CustomData;
use crate::app::Shared;

/// Long lists are cut here; the count says how many more there are.
const SHOWN_PROBLEMS: usize = 20;

#[derive(Properties, PartialEq)]
pub struct CustomDataNoticeProps {
    pub custom: Shared<CustomData>,
}

#[component]
pub fn CustomDataNotice(props: &CustomDataNoticeProps) -> Html {
    let label = &props.custom.label;
    let customised = match &props.custom.outcome {
        Ok(customised) => customised,
        Err(why) => {
            return html! {
                <div class="pvm-error" role="alert" data-notice="custom-data">
                    <p>{ format!("The custom data {label} could not be read: {why}. The built-in data is shown.") }</p>
                </div>
            }
        }
    };
    let applied = format!(
        "Custom data {label}: {} and {} added or replaced.",
        count(customised.releases, "release", "releases"),
        count(customised.statements, "statement", "statements")
    );
    let problems = &customised.problems;
    if problems.is_empty() {
        return html! {
            <div class="pvm-notice" role="status" data-notice="custom-data">
                <p>{ applied }</p>
            </div>
        };
    }
    let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
    html! {
        <div class="pvm-error" role="alert" data-notice="custom-data">
            <p>{ format!("{applied} {} found; the items they are in were left out:", count(problems.len(), "problem was", "problems were")) }</p>
            <ul>
                { for problems.iter().take(SHOWN_PROBLEMS).map(|p| html! {
                    <li><code>{ if p.path.is_empty() { "(document)".to_owned() } else { p.path.clone() } }</code>{ format!(": {}", p.message) }</li>
                }) }
                if more > 0 {
                    <li>{ format!("… and {more} more.") }</li>
                }
            </ul>
        </div>
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
