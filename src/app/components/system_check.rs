//! Checks one system: paste `uname -r`, /etc/os-release or a kernel config, and see what was
//! recognised, how sure that is, and a verdict per capability.

use yew::prelude::*;

use super::matrix_table::MatrixTable;
use super::{use_lang, Dispatch};
use crate::app::state::{Action, CellId};
use crate::app::view_model::{SystemInput, Table};

#[derive(Properties, PartialEq)]
pub struct SystemCheckProps {
    /// What was pasted.
    pub text: AttrValue,
    /// What the view model made of it.
    pub input: SystemInput,
    pub table: Option<Table>,
    pub open: Option<CellId>,
    pub dispatch: Dispatch,
}

#[component]
pub fn SystemCheck(props: &SystemCheckProps) -> Html {
    let t = use_lang().texts();
    let on_input = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetKernel(area.value()));
        })
    };
    let summary = match &props.input {
        SystemInput::Empty => html! {
            <p class="pvm-empty">{ t.system_hint_before }<code>{ "uname -r" }</code>
            { t.system_hint_after }</p>
        },
        SystemInput::Config { summary } => html! {
            <div class="pvm-recognised" data-recognised="config">
                <p><strong>{ summary }</strong>{ t.config_note }</p>
            </div>
        },
        SystemInput::Recognised {
            id,
            confidence,
            what,
            how_sure,
            maintenance,
            evidence,
        } => html! {
            <div class="pvm-recognised" data-recognised={id.clone()} data-confidence={confidence.id()}>
                <p><strong>{ what }</strong>{ how_sure }</p>
                if let Some(maintenance) = maintenance {
                    <p data-point-support="">{ maintenance }</p>
                }
                <ul>{ for evidence.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
            </div>
        },
        SystemInput::Error(words) => html! {
            <p class="pvm-input-error" role="alert" data-error="kernel">{ words }</p>
        },
    };
    html! {
        <section class="pvm-system" aria-label={t.check_system}>
            <label class="pvm-search">
                <span>{ t.your_system }</span>
                <textarea rows="3" spellcheck="false" autocomplete="off" data-input="kernel"
                    placeholder="5.15.0-91-generic" value={props.text.clone()} oninput={on_input} />
            </label>
            <div aria-live="polite">{ summary }</div>
            if let Some(table) = &props.table {
                <MatrixTable table={table.clone()} open={props.open.clone()}
                    dispatch={props.dispatch.clone()} caption={t.caption_system} />
            }
        </section>
    }
}
