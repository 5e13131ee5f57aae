//! Checks one system: paste `uname -r`, /etc/os-release or a kernel config, and see what was
//! recognised, how sure that is, and a verdict per capability.

use std::rc::Rc;

use yew::prelude::*;

use super::legend::Legend;
use super::matrix_table::MatrixTable;
use crate::app::grid::{config_grid, system_grid, Grid, SharedGrid};
use crate::app::state::CellId;
use crate::app::Shared;
use crate::matrix::detect::{detect, Confidence, Detection};
use crate::matrix::kconfig::KernelConfig;
use crate::matrix::{Capability, Date, Matrix};

#[derive(Properties, PartialEq)]
pub struct SystemCheckProps {
    pub matrix: Shared<Matrix>,
    pub text: AttrValue,
    pub on_change: Callback<String>,
    /// The capabilities to show (after filters).
    pub capabilities: Vec<Shared<Capability>>,
    pub today: Date,
    pub open: Option<CellId>,
    pub on_open: Callback<CellId>,
}

fn confidence_words(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Certain => "certain: /etc/os-release names it",
        Confidence::Likely => "likely: the kernel string names it",
        Confidence::Guess => {
            "a guess from the kernel version; paste /etc/os-release too to be sure"
        }
        Confidence::Unrecognised => "no distribution recognised: mainline rules only",
    }
}

#[component]
pub fn SystemCheck(props: &SystemCheckProps) -> Html {
    let matrix: &'static Matrix = props.matrix.0;
    let capabilities: Vec<&'static Capability> = props.capabilities.iter().map(|c| c.0).collect();
    let on_input = props.on_change.reform(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        area.value()
    });

    let text = props.text.as_str();
    let (summary, grid): (Html, Option<Grid>) = if text.trim().is_empty() {
        (
            html! {
                <p class="pvm-empty">{ "Paste the output of " }<code>{ "uname -r" }</code>
                { " (e.g. 5.15.0-91-generic), the contents of /etc/os-release, or both. A kernel config (/boot/config-$(uname -r)) gives the most exact answer." }</p>
            },
            None,
        )
    } else if let Some(config) = KernelConfig::parse(text) {
        let version = config
            .version
            .as_ref()
            .map_or("of unknown version".to_owned(), |v| {
                format!("for Linux {v}")
            });
        (
            html! {
                <div class="pvm-recognised" data-recognised="config">
                    <p><strong>{ format!("A kernel configuration {version} with {} options.", config.len()) }</strong>
                    { " Each verdict names the options that decided it. (A pasted configuration is not put in the link.)" }</p>
                </div>
            },
            Some(config_grid(&config, &capabilities)),
        )
    } else {
        match detect(matrix, text) {
            Ok(detection) => (
                summary_of(&detection),
                Some(system_grid(&detection, &capabilities, props.today)),
            ),
            Err(error) => (
                html! {
                    <p class="pvm-input-error" role="alert" data-error="kernel">{ error.to_string() }</p>
                },
                None,
            ),
        }
    };

    // The legend's statuses, computed once with the grid.
    let grid = grid.map(|grid| {
        let shown = grid.statuses();
        (grid, shown)
    });
    html! {
        <section class="pvm-system" aria-label="Check a system">
            <label class="pvm-search">
                <span>{ "Your system" }</span>
                <textarea rows="3" spellcheck="false" autocomplete="off" data-input="kernel"
                    placeholder="5.15.0-91-generic" value={props.text.clone()} oninput={on_input} />
            </label>
            <div aria-live="polite">{ summary }</div>
            if let Some((grid, (statuses, uncertain))) = grid {
                <Legend {statuses} {uncertain} />
                <MatrixTable matrix={props.matrix} grid={SharedGrid(Rc::new(grid))}
                    open={props.open.clone()} on_open={props.on_open.clone()}
                    caption="Paravirtualization support of this system. Open a verdict to see why." />
            }
        </section>
    }
}

fn summary_of(detection: &Detection<'_>) -> Html {
    let what = match (detection.release, &detection.kernel) {
        (Some(release), _) => {
            let point = detection.point_release.as_deref().map(|p| format!(", update {p}")).unwrap_or_default();
            format!("Recognised: {}{point}.", release.name)
        }
        (None, Some(kernel)) => format!("Kernel {kernel}: no distribution recognised, so mainline rules alone decide."),
        (None, None) => "Nothing to evaluate: the os-release names no release in this matrix, and no kernel version was given.".to_owned(),
    };
    html! {
        <div class="pvm-recognised" data-recognised={detection.release.map_or("kernel".to_owned(), |r| r.id.clone())}
            data-confidence={detection.confidence.id()}>
            <p><strong>{ what }</strong>{ format!(" How sure: {}.", confidence_words(detection.confidence)) }</p>
            <ul>{ for detection.evidence.iter().map(|e| html! { <li>{ e.to_string() }</li> }) }</ul>
        </div>
    }
}
