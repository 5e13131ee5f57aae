//! What became of the host page's custom data: how much was applied, and every problem with its
//! place in the document. The problems are the data checks' own words, in English.

use yew::prelude::*;

use super::use_lang;
use crate::app::custom::CustomReport;
use crate::app::i18n::{fill, Texts};

/// Long lists are cut here; the count says how many more there are.
const SHOWN_PROBLEMS: usize = 20;

#[derive(Properties, PartialEq)]
pub struct CustomDataNoticeProps {
    pub custom: CustomReport,
}

#[component]
pub fn CustomDataNotice(props: &CustomDataNoticeProps) -> Html {
    let t = use_lang().texts();
    let label = props.custom.label.as_str();
    let customised = match &props.custom.outcome {
        Ok(customised) => customised,
        Err(why) => {
            return html! {
                <div class="pvm-error" role="alert" data-notice="custom-data">
                    <p>{ fill(t.custom_unreadable, &[label, &unreadable(t, why)]) }</p>
                </div>
            }
        }
    };
    let count =
        |n: usize, one: &str, many: &str| fill(if n == 1 { one } else { many }, &[&n.to_string()]);
    let applied = fill(
        t.custom_applied,
        &[
            label,
            &count(
                customised.releases,
                t.custom_releases_one,
                t.custom_releases_many,
            ),
            &count(
                customised.statements,
                t.custom_statements_one,
                t.custom_statements_many,
            ),
        ],
    );
    let problems = &customised.problems;
    if problems.is_empty() {
        return html! {
            <div class="pvm-notice" role="status" data-notice="custom-data">
                <p>{ applied }</p>
            </div>
        };
    }
    let found = count(problems.len(), t.custom_problem_one, t.custom_problem_many);
    let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
    html! {
        <div class="pvm-error" role="alert" data-notice="custom-data">
            <p>{ format!("{applied} {}", fill(t.custom_problems, &[&found])) }</p>
            <ul>
                { for problems.iter().take(SHOWN_PROBLEMS).map(|p| html! {
                    <li>
                        <code>{ if p.path.is_empty() { t.custom_whole_document } else { p.path.as_str() } }</code>
                        { ": " }<span lang="en">{ p.message.clone() }</span>
                    </li>
                }) }
                if more > 0 {
                    <li>{ fill(t.custom_more, &[&more.to_string()]) }</li>
                }
            </ul>
        </div>
    }
}

/// Words the reason embed.js gives for custom data it could not read (`no-script`,
/// `other-site`, `not-url`, `http:404`, `failed`).
fn unreadable(t: &Texts, why: &str) -> String {
    match why {
        "no-script" => t.custom_no_script.to_owned(),
        "other-site" => t.custom_other_site.to_owned(),
        "not-url" => t.custom_not_url.to_owned(),
        _ => match why.strip_prefix("http:") {
            Some(status) => fill(t.custom_http, &[status]),
            None => t.custom_request_failed.to_owned(),
        },
    }
}
