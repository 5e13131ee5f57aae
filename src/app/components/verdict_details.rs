//! Why a verdict is what it is: the reason, the mainline context, the kernel, and the sources.

use yew::prelude::*;

use crate::app::grid::VerdictText;
use crate::app::text::{status_icon, status_word};
use crate::matrix::load::is_https_url;
use crate::matrix::Certainty;

#[derive(Properties, PartialEq)]
pub struct VerdictDetailsProps {
    pub text: VerdictText,
    pub on_close: Callback<()>,
}

#[component]
pub fn VerdictDetails(props: &VerdictDetailsProps) -> Html {
    let text = &props.text;
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="pvm-details pvm-pinned" data-details={format!("{}/{}", text.column, text.capability)}>
            <h3>
                { format!("{}: ", text.title) }
                <span class={classes!("pvm-badge", format!("pvm-{}", text.status.as_str()))}>
                    <span aria-hidden="true">{ status_icon(text.status) }</span>
                    { " " }{ status_word(text.status) }
                </span>
            </h3>
            <p class="pvm-reason">{ &text.reason }</p>
            if let Some(note) = &text.note {
                <p class="pvm-note" lang="en">{ note }</p>
            }
            if text.certainty == Certainty::Unverified {
                <p class="pvm-uncertain-note">
                    { "* Unverified: this comes from a weaker source or is inferred; treat it as likely, not certain." }
                </p>
            }
            <dl>
                <dt>{ "Decided by" }</dt>
                <dd>{ &text.basis }</dd>
                if let Some(mainline) = &text.mainline {
                    <dt>{ "Mainline alone" }</dt>
                    <dd>{ mainline }</dd>
                }
                <dt>{ "Kernel" }</dt>
                <dd>{ &text.kernel }</dd>
                if !text.kconfig.is_empty() {
                    <dt>{ "Kconfig" }</dt>
                    <dd>
                        { for text.kconfig.iter().map(|(symbol, setting)| html! {
                            <>
                                <code>{ symbol }</code>
                                if let Some(setting) = setting {
                                    { format!(" {setting}") }
                                }
                                { "; " }
                            </>
                        }) }
                    </dd>
                }
            </dl>
            if !text.sources.is_empty() {
                <h4>{ "Sources" }</h4>
                <ul class="pvm-sources">
                    { for text.sources.iter().map(|source| html! {
                        <li>
                            if is_https_url(&source.url) {
                                <a href={source.url.clone()} target="_blank" rel="noopener noreferrer">{ &source.title }</a>
                            } else {
                                { &source.title }
                            }
                        </li>
                    }) }
                </ul>
            }
            <button type="button" class="pvm-link-button" onclick={on_close}>{ "Close" }</button>
        </div>
    }
}
