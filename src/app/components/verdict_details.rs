//! Why a verdict is what it is: the reason, the mainline context, the kernel, and the sources.

use yew::prelude::*;

use super::marked::marked;
use super::{use_lang, use_words, words_awaited, WordsState};
use crate::app::grid::VerdictText;
use crate::app::text::status_icon;
use crate::matrix::load::is_https_url;
use crate::matrix::{BasisKind, Certainty, Source};

#[derive(Properties, PartialEq)]
pub struct VerdictDetailsProps {
    pub text: VerdictText,
    pub on_close: Callback<()>,
}

#[component]
pub fn VerdictDetails(props: &VerdictDetailsProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let text = &props.text;
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    // The note and the sources are the data's words, which come when first needed.
    let words = use_words();
    {
        let request = words.request.clone();
        use_effect_with((), move |()| request.emit(()));
    }
    // Escape closes the details from anywhere inside them.
    let on_key = {
        let close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                close.emit(());
            }
        })
    };
    html! {
        <div class="pvm-details pvm-pinned" data-details={format!("{}/{}", text.column, text.capability)}
            onkeydown={on_key}>
            <h3>
                { format!("{}: ", text.title) }
                <span class={classes!("pvm-badge", format!("pvm-{}", text.status.as_str()))}>
                    <span aria-hidden="true">{ status_icon(text.status) }</span>
                    { " " }{ t.status(text.status) }
                </span>
            </h3>
            <p class="pvm-what"><span>{ format!("{}: ", t.what_it_is) }</span>{ marked(&text.description) }</p>
            <p class="pvm-reason">{ &text.reason }</p>
            if words.state != WordsState::Here {
                { words_awaited(&words.state, t.words_loading, t.words_unavailable, t.words_failed) }
            }
            if let Some(note) = &text.note {
                <p class="pvm-note" lang="en">{ marked(note) }</p>
            }
            if text.certainty == Certainty::Unverified {
                <p class="pvm-uncertain-note">
                    { t.unverified_note }
                </p>
            }
            if text.basis_kind == BasisKind::Mainline {
                <p class="pvm-predicted-note" data-predicted-note="">{ t.predicted_note }</p>
            }
            <dl>
                <dt>{ t.decided_by }</dt>
                <dd>{ &text.basis }</dd>
                if let Some(mainline) = &text.mainline {
                    <dt>{ t.mainline_alone_label }</dt>
                    <dd>{ mainline }</dd>
                }
                <dt>{ t.kernel }</dt>
                <dd>{ &text.kernel }</dd>
                if !text.kconfig.is_empty() {
                    <dt>{ t.kconfig }</dt>
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
            if !text.sources.is_empty() && words.state == WordsState::Here {
                <h4>{ t.sources }</h4>
                { source_list(&text.sources) }
            }
            <button type="button" class="pvm-link-button" onclick={on_close}>{ t.close }</button>
        </div>
    }
}

/// The sources as a list of links, titles in English, `https:` links only (each a target of
/// 24 px): in a verdict's details and in each glossary entry.
pub fn source_list(sources: &[Source]) -> Html {
    html! {
        <ul class="pvm-sources">
            { for sources.iter().map(|source| html! {
                <li>
                    if is_https_url(&source.url) {
                        <a href={source.url.clone()} target="_blank" rel="noopener noreferrer" lang="en">{ &source.title }</a>
                    } else {
                        <span lang="en">{ &source.title }</span>
                    }
                </li>
            }) }
        </ul>
    }
}
