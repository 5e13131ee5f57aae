//! Checks one system: paste `uname -r`, /etc/os-release or a kernel config, and see what was
//! recognised, how sure that is, and a verdict per capability.

use std::rc::Rc;

use yew::prelude::*;

use super::legend::Legend;
use super::matrix_table::MatrixTable;
use super::use_lang;
use crate::app::grid::{config_grid, system_grid, Grid, SharedGrid};
use crate::app::i18n::{fill, Lang, Texts};
use crate::app::state::CellId;
use crate::app::text;
use crate::app::Shared;
use crate::matrix::detect::{detect, Confidence, DetectError, Detection};
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

fn confidence_words(t: &Texts, confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Certain => t.confidence_certain,
        Confidence::Likely => t.confidence_likely,
        Confidence::Guess => t.confidence_guess,
        Confidence::Unrecognised => t.confidence_unrecognised,
    }
}

/// Why pasted text could not be used, in the interface's language.
fn error_words(t: &Texts, error: &DetectError) -> String {
    match error {
        DetectError::Empty => t.input_empty.to_owned(),
        DetectError::BadKernel(e) => fill(t.bad_kernel, &[e.input(), &t.bad_kernel_kind(e.kind())]),
        DetectError::Unrecognised => t.input_unrecognised.to_owned(),
    }
}

#[component]
pub fn SystemCheck(props: &SystemCheckProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
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
                <p class="pvm-empty">{ t.system_hint_before }<code>{ "uname -r" }</code>
                { t.system_hint_after }</p>
            },
            None,
        )
    } else if let Some(config) = KernelConfig::parse(text) {
        let version = config
            .version
            .as_ref()
            .map_or(t.config_unknown_version.to_owned(), |v| {
                fill(t.config_for_version, &[&v.to_string()])
            });
        (
            html! {
                <div class="pvm-recognised" data-recognised="config">
                    <p><strong>{ fill(t.config_summary, &[&version, &config.len().to_string()]) }</strong>
                    { t.config_note }</p>
                </div>
            },
            Some(config_grid(lang, &config, &capabilities)),
        )
    } else {
        match detect(matrix, text) {
            Ok(detection) => (
                summary_of(lang, &detection),
                Some(system_grid(lang, &detection, &capabilities, props.today)),
            ),
            Err(error) => (
                html! {
                    <p class="pvm-input-error" role="alert" data-error="kernel">{ error_words(t, &error) }</p>
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
        <section class="pvm-system" aria-label={t.check_system}>
            <label class="pvm-search">
                <span>{ t.your_system }</span>
                <textarea rows="3" spellcheck="false" autocomplete="off" data-input="kernel"
                    placeholder="5.15.0-91-generic" value={props.text.clone()} oninput={on_input} />
            </label>
            <div aria-live="polite">{ summary }</div>
            if let Some((grid, (statuses, uncertain))) = grid {
                <Legend {statuses} {uncertain} />
                <MatrixTable matrix={props.matrix} grid={SharedGrid(Rc::new(grid))}
                    open={props.open.clone()} on_open={props.on_open.clone()}
                    caption={t.caption_system} />
            }
        </section>
    }
}

fn summary_of(lang: Lang, detection: &Detection<'_>) -> Html {
    let t = lang.texts();
    let what = match (detection.release, &detection.kernel) {
        (Some(release), _) => {
            let point = detection
                .point_release
                .as_deref()
                .map(|p| fill(t.update, &[p]))
                .unwrap_or_default();
            fill(t.recognised, &[&release.name, &point])
        }
        (None, Some(kernel)) => fill(t.kernel_unrecognised, &[&kernel.to_string()]),
        (None, None) => t.nothing_to_evaluate.to_owned(),
    };
    html! {
        <div class="pvm-recognised" data-recognised={detection.release.map_or("kernel".to_owned(), |r| r.id.clone())}
            data-confidence={detection.confidence.id()}>
            <p><strong>{ what }</strong>{ fill(t.how_sure, &[confidence_words(t, detection.confidence)]) }</p>
            <ul>{ for detection.evidence.iter().map(|e| html! { <li>{ text::evidence(lang, e) }</li> }) }</ul>
        </div>
    }
}
